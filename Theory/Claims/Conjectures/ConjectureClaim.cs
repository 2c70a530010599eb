using System.Globalization;
using System.Runtime.CompilerServices;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Conjectures;

/// <summary>A claim built by <see cref="Conjecture"/>: the conclusion is observable ≤ 1 (1e-12 relative slack).</summary>
/// <typeparam name="T">The instance type.</typeparam>
public sealed class ConjectureClaim<T> : InstanceClaim<T>
    where T : notnull
{
    private readonly ConjectureBuilder<T> _spec;

    /// <summary>The draws each generated or shrunk instance was built from, for shrinking by the choice sequence.</summary>
    private readonly ConditionalWeakTable<object, Drawn<T>> _draws = [];

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
    /// <remarks>
    /// Case i is built on a recording generator seeded from the next draw of <paramref name="random"/> (the case's own
    /// generator), with or without a user shrinker, so that a shrinker changes no case. Without one, the draws of a
    /// reference-type instance (a record) are kept so that <see cref="Shrink"/> can rebuild it from smaller ones; a
    /// value-type instance does not shrink.
    /// </remarks>
    public override T Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Drawn<T> drawn = ChoiceShrinker.Draw(_spec.Generator!, random.NextSeed());
        if (_spec.Shrinker is null)
        {
            Remember(drawn);
        }

        return drawn.Value;
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(T instance) => _spec.Hypothesis(instance);

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(T instance)
    {
        double value = _spec.Observable!(instance);
        return new CaseOutcome(value <= 1 + 1e-12, value, string.Create(CultureInfo.InvariantCulture, $"observable {value:G10} (the conclusion needs ≤ 1)"));
    }

    /// <inheritdoc/>
    public override IEnumerable<T> Shrink(T instance)
    {
        if (_spec.Shrinker is { } shrinker)
        {
            return shrinker(instance);
        }

        return typeof(T).IsValueType || !_draws.TryGetValue(instance, out Drawn<T>? drawn)
            ? []
            : ShrinkDrawn(drawn);
    }

    private IEnumerable<T> ShrinkDrawn(Drawn<T> drawn)
    {
        foreach (Drawn<T> smaller in ChoiceShrinker.Shrink(_spec.Generator!, drawn))
        {
            Remember(smaller);
            yield return smaller.Value;
        }
    }

    private void Remember(Drawn<T> drawn)
    {
        if (!typeof(T).IsValueType && drawn.Value is not null)
        {
            _draws.AddOrUpdate(drawn.Value, drawn);
        }
    }

    /// <inheritdoc/>
    /// <remarks>Without a describer, the instance's JSON: a record's own text would print an array as its type name.</remarks>
    public override string Describe(T instance) => _spec.Describer is { } describe ? describe(instance) : ToJson(instance);

    /// <inheritdoc/>
    public override IReadOnlyList<MutationOperator<T>> MutationOperators => _spec.Mutators;
}
