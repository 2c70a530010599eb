namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>β1 and β2 swapped.</summary>
public sealed record BetasSwapped : MutantEffect
{
    /// <inheritdoc/>
    public override EffectiveHyperparameters Hyperparameters(EffectiveHyperparameters configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        return configured with { Beta1 = configured.Beta2, Beta2 = configured.Beta1 };
    }
}
