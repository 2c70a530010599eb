using System.Globalization;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Conjectures;

/// <summary>A claim built by <see cref="Conjecture"/>: the conclusion is observable ≤ 1 (1e-12 relative slack).</summary>
/// <typeparam name="T">The instance type.</typeparam>
public sealed class ConjectureClaim<T> : InstanceClaim<T>
    where T : notnull
{
    private readonly ConjectureBuilder<T> _spec;

    internal ConjectureClaim(ConjectureBuilder<T> spec)
    {
        _spec = spec;
        Definition = new(
            Id: spec.Id,
            Citation: spec.Citation,
            Statement: spec.Statement,
            Hypotheses: spec.Hypotheses,
            Variant: spec.Variant,
            ExpectedVerdict: spec.Expected,
            Cases: CaseBudget.Default);
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    /// <remarks>A conjecture is the user's own statement: it declares no planted faults of the suite's system under test.</remarks>
    public override IReadOnlyList<PlantedFault> PlantedFaults => [];

    /// <inheritdoc/>
    public override T Generate(SeededRandom random) => _spec.Generator!(random);

    /// <inheritdoc/>
    public override string? UnmetHypothesis(T instance) => _spec.Hypothesis(instance);

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(T instance)
    {
        double value = _spec.Observable!(instance);
        return new CaseOutcome(value <= 1 + 1e-12, value, string.Create(CultureInfo.InvariantCulture, $"observable {value:G10} (the conclusion needs ≤ 1)"));
    }

    /// <inheritdoc/>
    public override IEnumerable<T> Shrink(T instance) => _spec.Shrinker(instance);

    /// <inheritdoc/>
    public override string Describe(T instance) => _spec.Describer(instance);

    /// <inheritdoc/>
    public override IReadOnlyList<MutationOperator<T>> MutationOperators => _spec.Mutators;
}
