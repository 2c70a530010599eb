using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>What <c>zhang-region-grows-with-n</c> measures on one case.</summary>
/// <param name="ExistenceFailure">Why conclusion (i) fails (no divergence at β1 = 0, β2 = 0.001 for n or n′), or null.</param>
/// <param name="LineAtN">D̂ ± SE at the low end of the line β1 at n (the hypothesis).</param>
/// <param name="AtN">β2*(β1, n), or null when not searched.</param>
/// <param name="AtLargerN">β2*(β1, n′), or null when not searched.</param>
internal sealed record ZhangGrowthMeasurement(string? ExistenceFailure, DriftEstimate LineAtN, ZhangBoundaryPoint? AtN, ZhangBoundaryPoint? AtLargerN);
