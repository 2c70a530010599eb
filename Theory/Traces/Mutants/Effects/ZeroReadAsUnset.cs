namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>A configured 0 read as "not set" and replaced by <paramref name="Default"/> (Python's <c>beta1 or 0.9</c>).</summary>
public sealed record ZeroReadAsUnset(HyperparameterField Field, double Default) : MutantEffect
{
    /// <inheritdoc/>
    public override EffectiveHyperparameters Hyperparameters(EffectiveHyperparameters configured) =>
        HyperparameterOverride.Get(configured, Field) == 0 ? HyperparameterOverride.Set(configured, Field, Default) : configured;
}
