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
