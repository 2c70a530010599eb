using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>One curve of an experiment: a label, the training settings, and the step-size schedule built from the context.</summary>
public sealed record Arm(string Label, TrainingSettings Settings, Func<StepSizeContext, IStepSchedule> Schedule)
{
    /// <summary>Whether this arm is α_ours itself (the claim compares the others with it).</summary>
    public bool IsAlphaOurs { get; init; }
}
