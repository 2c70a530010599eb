using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>Computes u_t = |m̂_t|/(√v̂_t+ε) (the variant's own form) for t = 1..T with the reference update.</summary>
public static class SignRatioTrace
{
    /// <summary>u_1..u_T of <paramref name="instance"/>.</summary>
    public static double[] Compute(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        AdamOptions options = instance.Options();
        var state = new AdamState(1);
        Span<double> x = stackalloc double[1];
        Span<double> g = stackalloc double[1];
        var u = new double[instance.Gradients.Length];
        for (int t = 0; t < u.Length; t++)
        {
            g[0] = instance.Gradients[t];
            AdamUpdate.Step(options, state, x, g);
            u[t] = Math.Abs(AdamUpdate.Direction(options, state, 0));
        }

        return u;
    }

    /// <summary>
    /// A planted implementation fault: u_t with the first moment bias-corrected and the second not,
    /// |m_t|/(1−β1^t)/√v_t (ε = 0).
    /// </summary>
    public static double[] OnlyFirstMomentCorrected(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double[] raw = Compute(instance with { BiasCorrection = false, Epsilon = 0, Placement = EpsilonPlacement.OutsideCorrectedRoot });
        return [.. raw.Select((u, t) => u / (1 - Math.Pow(instance.Beta1, t + 1)))];
    }

    /// <summary>
    /// A planted implementation fault: the second moment kept as a running maximum of g² with no decay,
    /// v_t = max(v_{t−1}, g_t²) (an Adamax/AMSGrad mix-up); then |m̂_t| ≤ √v_t, so u_t ≤ 1 whatever β1 and β2.
    /// </summary>
    public static double[] RunningMaximumSecondMoment(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double m = 0, v = 0;
        var u = new double[instance.Gradients.Length];
        for (int t = 0; t < u.Length; t++)
        {
            double g = instance.Gradients[t];
            m = (instance.Beta1 * m) + ((1 - instance.Beta1) * g);
            v = Math.Max(v, g * g);
            double mHat = instance.BiasCorrection ? m / (1 - Math.Pow(instance.Beta1, t + 1)) : m;
            u[t] = v > 0 ? Math.Abs(mHat) / (Math.Sqrt(v) + instance.Epsilon) : 0;
        }

        return u;
    }

    /// <summary>The 0-based index of the largest u_t (NaN counts as largest, so a broken trace is reported).</summary>
    public static int ArgMax(double[] u)
    {
        ArgumentNullException.ThrowIfNull(u);
        int worst = 0;
        for (int t = 1; t < u.Length; t++)
        {
            if (u[t] > u[worst] || double.IsNaN(u[t]))
            {
                worst = t;
            }
        }

        return worst;
    }
}
