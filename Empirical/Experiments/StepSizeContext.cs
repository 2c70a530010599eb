namespace Adam.Verification.Empirical.Experiments;

/// <summary>What a schedule may depend on: α_ours = √(2L(w0)/(K̂T)), the horizon in steps and the steps per epoch.</summary>
public sealed record StepSizeContext(double AlphaOurs, long Steps, int StepsPerEpoch);
