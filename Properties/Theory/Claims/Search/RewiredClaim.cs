using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims.Search;

/// <summary>
/// A claim that behaves as <paramref name="inner"/> except for its mutation operators and, optionally, its bound: the
/// tests plant faults in the search (operators that only redraw, a search that is random in disguise) or in the claim
/// (a bound a hair too small) this way.
/// </summary>
internal sealed class RewiredClaim<T>(InstanceClaim<T> inner, IReadOnlyList<MutationOperator<T>> operators, double observableScale = 1) : InstanceClaim<T>
    where T : notnull
{
    public override ClaimDefinition Definition { get; } = inner.Definition;

    public override IReadOnlyList<PlantedFault> PlantedFaults => [];

    public override IReadOnlyList<MutationOperator<T>> MutationOperators => operators;

    public override T Generate(SeededRandom random) => inner.Generate(random);

    public override T GenerateForSearch(SeededRandom random) => inner.GenerateForSearch(random);

    public override string? UnmetHypothesis(T instance) => inner.UnmetHypothesis(instance);

    public override CaseOutcome Evaluate(T instance)
    {
        CaseOutcome outcome = inner.Evaluate(instance);
        double scaled = outcome.Observable * observableScale;
        return outcome with { Holds = scaled <= 1 + 1e-9, Observable = scaled };
    }

    public override IEnumerable<T> Shrink(T instance) => inner.Shrink(instance);

    public override string Describe(T instance) => inner.Describe(instance);
}
