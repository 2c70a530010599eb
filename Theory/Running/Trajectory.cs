namespace Adam.Verification.Theory.Running;

/// <summary>
/// The result of a run: the records asked for, why it stopped, and summaries that are always kept.
/// </summary>
/// <param name="Records">The recorded steps.</param>
/// <param name="StopReason">Why the run ended.</param>
/// <param name="Steps">The number of optimizer steps taken.</param>
/// <param name="FinalIterate">x after the last step.</param>
/// <param name="FinalLoss">f at <paramref name="FinalIterate"/> (null without an objective or when non-finite).</param>
/// <param name="FinalGradientNorm">‖∇f‖ at <paramref name="FinalIterate"/>.</param>
/// <param name="MinGradientNorm">min over every evaluated iterate of ‖∇f‖ (including the final one).</param>
/// <param name="MaxSignRatio">The largest sign-like magnitude seen over all steps.</param>
/// <param name="Detail">A human-readable account of the stop.</param>
public sealed record Trajectory(
    IReadOnlyList<StepRecord> Records,
    StopReason StopReason,
    long Steps,
    double[] FinalIterate,
    double? FinalLoss,
    double? FinalGradientNorm,
    double? MinGradientNorm,
    double MaxSignRatio,
    string Detail);
