namespace Adam.Verification.Empirical.Claims;

/// <summary>One replicate of <see cref="RhoSmoothnessClaim"/>: s*, whether its calibration reached the target, and each W's outcome (s = 1 first, s* last).</summary>
/// <param name="CalibratedScale">s*.</param>
/// <param name="Calibrated">Whether α_ours at s* is within the calibration's tolerance of the target.</param>
/// <param name="Outcomes">The outcomes.</param>
public sealed record RhoReplicate(double CalibratedScale, bool Calibrated, IReadOnlyList<RhoOutcome> Outcomes);
