namespace Adam.Verification.Empirical.Experiments;

/// <summary>What a schedule may depend on: α_ours = √(2L(w0)/(K̂T)) and the horizon T in epochs (schedules advance per epoch).</summary>
public sealed record StepSizeContext(double AlphaOurs, long Steps);
