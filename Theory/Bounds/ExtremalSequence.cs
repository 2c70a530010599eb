namespace Adam.Verification.Theory.Bounds;

/// <summary>
/// The gradient sequence attaining Cauchy–Schwarz equality in the sign-ratio bound at every step
/// (docs/claims.md#sign-ratio-bound-tight [REC]): g_s ∝ (β2/β1)^s, so that (no bias correction, ε = 0) |m_t|/√v_t = B_t exactly.
/// Built in log space and centred so that |ln g_s| ≤ 115 (g_s² neither overflows nor underflows).
/// For β1 = 0 the extremal sequence is a single nonzero gradient.
/// </summary>
public static class ExtremalSequence
{
    /// <summary>The largest log-range |ln g_T − ln g_1| the construction allows (230, so |ln g| ≤ 115 after centring).</summary>
    public const double MaxLogRange = 230;

    /// <summary>The longest horizon that keeps the log-range within <see cref="MaxLogRange"/>, capped at <paramref name="cap"/>.</summary>
    public static int MaxHorizon(double beta1, double beta2, int cap)
    {
        if (beta1 == 0)
        {
            return 1;
        }

        double slope = Math.Abs(Math.Log(beta2 / beta1));
        return slope == 0 ? cap : (int)Math.Clamp(Math.Floor(MaxLogRange / slope), 1, cap);
    }

    /// <summary>g_1..g_T with g_s = exp((s − (T+1)/2)·ln(β2/β1)), all positive.</summary>
    public static double[] Build(double beta1, double beta2, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        if (beta1 == 0)
        {
            return [.. Enumerable.Repeat(1.0, 1), .. new double[horizon - 1]];
        }

        double slope = Math.Log(beta2 / beta1);
        double centre = (horizon + 1) / 2.0;
        var g = new double[horizon];
        for (int s = 1; s <= horizon; s++)
        {
            g[s - 1] = Math.Exp((s - centre) * slope);
        }

        return g;
    }
}
