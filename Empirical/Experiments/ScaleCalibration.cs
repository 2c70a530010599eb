namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// Finds the scale s of Algorithm 2's sampling distribution W (PyTorch's default initialisation with every bound times
/// s) at which α_ours(s) = √(2L(w0)/(K̂(s)T)) equals a target: the "calibrated W" of the §5 experiments and claims,
/// whose target is the α_ours that arXiv 2309.08339 prints for a figure (0.045 in Figure 1, 0.046 in Figure 2, 0.012
/// in Figure 3), reached with a W the paper does not state.
/// α_ours falls as s grows (K̂ grows with the size of the weights). The search runs the Illinois variant of regula falsi
/// on u = ln s, f(u) = ln α_ours(eᵘ) − ln target (nearly linear: K̂ grows like a power of s), inside the bracket
/// [<see cref="Low"/>, <see cref="High"/>], and stops when |f| ≤ ln(1 + <see cref="Tolerance"/>) or after
/// <see cref="MaxSteps"/> evaluations inside the bracket. When the target lies outside the bracket it returns the
/// nearer end. <c>tools/torch_runner.py</c> runs the same search on its own K̂.
/// </summary>
public static class ScaleCalibration
{
    /// <summary>The smallest s searched (W = the initialisation itself).</summary>
    public const double Low = 1;

    /// <summary>The largest s searched.</summary>
    public const double High = 16;

    /// <summary>The relative tolerance on α_ours.</summary>
    public const double Tolerance = 0.01;

    /// <summary>The most evaluations inside the bracket.</summary>
    public const int MaxSteps = 12;

    /// <summary>
    /// Whether <paramref name="alphaOurs"/> reached <paramref name="target"/>: within twice the search's tolerance (the
    /// allowance for another implementation's K̂ on the same search), |ln(α/target)| ≤ ln(1 + 2·<see cref="Tolerance"/>).
    /// </summary>
    public static bool Reached(double alphaOurs, double target) => Math.Abs(Math.Log(alphaOurs / target)) <= Math.Log(1 + (2 * Tolerance));

    /// <summary>s* with α_ours(s*) within <see cref="Tolerance"/> of <paramref name="target"/> (or the nearer end of the bracket).</summary>
    /// <param name="alphaOurs">α_ours as a function of s.</param>
    /// <param name="target">The α_ours to reach (&gt; 0).</param>
    public static double Find(Func<double, double> alphaOurs, double target)
    {
        ArgumentNullException.ThrowIfNull(alphaOurs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(target);
        double f(double u) => Math.Log(alphaOurs(Math.Exp(u))) - Math.Log(target);
        double a = Math.Log(Low), b = Math.Log(High);
        double fa = f(a);
        if (!(fa > 0))
        {
            return Low;
        }

        double fb = f(b);
        if (!(fb < 0))
        {
            return High;
        }

        double tolerance = Math.Log(1 + Tolerance), c = a;
        int side = 0;
        for (int step = 0; step < MaxSteps; step++)
        {
            c = ((a * fb) - (b * fa)) / (fb - fa);
            double fc = f(c);
            if (Math.Abs(fc) <= tolerance)
            {
                break;
            }

            if (fc < 0)
            {
                (b, fb) = (c, fc);
                if (side == -1)
                {
                    fa /= 2;
                }

                side = -1;
            }
            else
            {
                (a, fa) = (c, fc);
                if (side == 1)
                {
                    fb /= 2;
                }

                side = 1;
            }
        }

        return Math.Exp(c);
    }
}
