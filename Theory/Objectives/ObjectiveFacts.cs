namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// Constants an objective carries by construction (docs/claims.md#test-functions). Null means "not known / unbounded".
/// Bounds are valid everywhere; the Exact flags say whether the supremum is attained (or approached).
/// </summary>
/// <param name="SmoothnessK">K = sup_x ‖∇²f(x)‖₂ (an upper bound when <paramref name="SmoothnessKIsExact"/> is false).</param>
/// <param name="SmoothnessKIsExact">True when ‖∇²f(<paramref name="SmoothnessWitness"/>)‖₂ = K.</param>
/// <param name="SmoothnessWitness">A point where the Hessian norm equals K, when known.</param>
/// <param name="OptimalValue">L* = inf f (a lower bound when <paramref name="OptimalValueIsExact"/> is false).</param>
/// <param name="OptimalValueIsExact">True when f(<paramref name="Minimiser"/>) = L*.</param>
/// <param name="Minimiser">A global minimiser w*, when known.</param>
/// <param name="GradientBound">γ ≥ sup_x ‖∇f(x)‖₂, null when ‖∇f‖ is unbounded.</param>
/// <param name="GradientBoundIsExact">True when γ is the supremum itself.</param>
/// <param name="CoordinateGradientBound">γ∞ ≥ sup_x max_i |∂_i f(x)|, null when unbounded.</param>
public sealed record ObjectiveFacts(
    double? SmoothnessK,
    bool SmoothnessKIsExact,
    double[]? SmoothnessWitness,
    double? OptimalValue,
    bool OptimalValueIsExact,
    double[]? Minimiser,
    double? GradientBound,
    bool GradientBoundIsExact,
    double? CoordinateGradientBound)
{
    /// <summary>No known constants.</summary>
    public static ObjectiveFacts Unknown { get; } = new(null, false, null, null, false, null, null, false, null);
}
