namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>α_t misused as <paramref name="Error"/> says; with <paramref name="Recorded"/> the trace records the α the mutant used.</summary>
public sealed record LearningRateFlaw(LearningRateError Error, bool Recorded = false) : MutantEffect
{
    /// <inheritdoc/>
    public override double LearningRate(double alphaT, LearningRateContext context) => Error switch
    {
        LearningRateError.BaseLearningRate => context.BaseLearningRate,
        LearningRateError.PreviousStep => context.PreviousAlpha,
        _ => (float)alphaT,
    };

    /// <inheritdoc/>
    public override bool RecordsUsedLearningRate => Recorded;
}
