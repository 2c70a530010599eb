namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// One replicate of an <see cref="ExperimentClaim"/>: the scale s* of the calibrated W (found on the base settings),
/// whether the calibration reached its target, and every configuration's outcome for every W.
/// </summary>
/// <param name="CalibratedScale">s*.</param>
/// <param name="Calibrated">Whether α_ours at s* is within the calibration's tolerance of the target.</param>
/// <param name="Outcomes">The outcomes.</param>
public sealed record ReplicateOutcome(double CalibratedScale, bool Calibrated, IReadOnlyList<ComparisonOutcome> Outcomes);
