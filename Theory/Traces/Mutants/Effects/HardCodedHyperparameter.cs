namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>
/// A hyper-parameter hard-coded to <paramref name="Value"/> whatever was configured; with <paramref name="Reported"/> the
/// trace's header also says <paramref name="Value"/> (so the trace is consistent with itself and only a comparison with
/// the request shows it).
/// </summary>
public sealed record HardCodedHyperparameter(HyperparameterField Field, double Value, bool Reported = false) : MutantEffect
{
    /// <inheritdoc/>
    public override EffectiveHyperparameters Hyperparameters(EffectiveHyperparameters configured) =>
        HyperparameterOverride.Set(configured, Field, Value);

    /// <inheritdoc/>
    public override bool ReportsUsedHyperparameters => Reported;
}
