namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>How a <see cref="LearningRateFlaw"/> misuses the per-step α_t.</summary>
public enum LearningRateError
{
    /// <summary>The base lr is used at every step (the schedule never reaches the optimizer).</summary>
    BaseLearningRate,

    /// <summary>The previous step's α is used (the scheduler stepped after the optimizer).</summary>
    PreviousStep,

    /// <summary>α_t rounded to float32 (a float32 hyper-parameter in a float64 optimizer).</summary>
    SinglePrecision,
}
