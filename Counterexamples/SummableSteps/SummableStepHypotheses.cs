namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>
/// What both forms of summable-steps-stall require of a case: β1² &lt; β2 &lt; 1 (so that every step moves each coordinate
/// by at most α_t·R) and a ratio r ∈ (0, 1) (so that α_t = α0·r^(t−1) sums to α0/(1 − r)).
/// </summary>
internal static class SummableStepHypotheses
{
    /// <summary>Why (β1, β2, r) breaks the hypotheses, or null when it meets them.</summary>
    public static string? UnmetHypothesis(double beta1, double beta2, double ratio) =>
        beta1 * beta1 >= beta2 || beta2 >= 1 || ratio is <= 0 or >= 1 ? "β1² ≥ β2 or r ∉ (0, 1)" : null;

    /// <summary>Throws when <paramref name="ratio"/> is outside (0, 1): the steps would not be summable.</summary>
    public static void RequireSummableRatio(double ratio)
    {
        if (!(ratio > 0 && ratio < 1))
        {
            throw new ArgumentException($"Ratio must lie in (0, 1) for summable steps; got {ratio:R}.");
        }
    }
}
