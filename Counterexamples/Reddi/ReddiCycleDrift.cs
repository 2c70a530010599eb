using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// The stationary per-period drift D = Σ_{j=1}^{P} g_j/√v_j of Reddi's ADAM with β1 = 0 (no bias correction, ε = 0) on a
/// periodic problem (docs/claims.md#reddi-period3). Negative D moves x up each period, to the worst point +1; positive D moves it
/// to x* = −1. For β1 = 0 the stationary cycle of v is exact:
/// v_j = (1−β2)/(1−β2^P)·Σ_{i=0}^{P−1} β2^i·g²_{j−i (mod P)}; for P = 3 with g = (C, −1, −1) this is the closed-form
/// 3-cycle v_1 = (1−β2)(C² + β2 + β2²)/(1−β2³), v_2 = β2·v_1 + 1 − β2, v_3 = β2·v_2 + 1 − β2.
/// </summary>
public static class ReddiCycleDrift
{
    /// <summary>The exact stationary drift per period of <paramref name="problem"/> at β2.</summary>
    public static double Exact(PeriodicLinearProblem problem, double beta2)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!(beta2 > 0 && beta2 < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(beta2), beta2, "β2 must lie in (0, 1).");
        }

        int p = problem.Period;
        var g = new double[p];
        for (int j = 0; j < p; j++)
        {
            g[j] = problem.GradientAt(j + 1);
        }

        // v at the cycle's step 1 from its stationary sum, then v_{j+1} = β2·v_j + (1 − β2)·g²_{j+1}: O(P).
        double scale = (1 - beta2) / (1 - Math.Pow(beta2, p));
        double v = 0, w = 1;
        for (int i = 0; i < p; i++, w *= beta2)
        {
            double gi = g[(p - i) % p];
            v += w * gi * gi;
        }

        v *= scale;
        double drift = g[0] / Math.Sqrt(v);
        for (int j = 1; j < p; j++)
        {
            v = (beta2 * v) + ((1 - beta2) * g[j] * g[j]);
            drift += g[j] / Math.Sqrt(v);
        }

        return drift;
    }

    /// <summary>The closed-form 3-cycle drift of Thm 1's problem (period 3, g = (C, −1, −1)) at β2 (P2.4).</summary>
    public static double ThreeCycle(double c, double beta2)
    {
        double b = beta2;
        double v1 = (1 - b) * ((c * c) + b + (b * b)) / (1 - (b * b * b));
        double v2 = (b * v1) + 1 - b;
        double v3 = (b * v2) + 1 - b;
        return (c / Math.Sqrt(v1)) - (1 / Math.Sqrt(v2)) - (1 / Math.Sqrt(v3));
    }

    /// <summary>The drift oracle on the same problem: Reddi's ADAM (β1 = 0, ε = 0) after a burn-in of 20/(1−β2) steps.</summary>
    public static DriftEstimate Oracle(PeriodicLinearProblem problem, double beta2, int periodsMeasured = 100)
    {
        ArgumentNullException.ThrowIfNull(problem);
        AdamOptions options = AdamPresets.ReddiAdam.Template.With(beta1: 0, beta2: beta2, epsilon: 0);
        long burnIn = (long)Math.Ceiling(20 / (1 - beta2) / problem.Period) * problem.Period;
        return StationaryDrift.Estimate(options, 1, burnIn, problem.Period, periodsMeasured, (t, g) => g[0] = problem.GradientAt(t));
    }

    /// <summary>β2* for the problem: the root of the exact drift by bisection on log(1−β2) (null when no sign change in (1e-6, 1−1e-9)).</summary>
    public static double? Threshold(PeriodicLinearProblem problem)
    {
        double lo = 1 - 1e-9, hi = 1e-9;
        if (Exact(problem, 1 - lo) >= 0 || Exact(problem, 1 - hi) <= 0)
        {
            return null;
        }

        for (int k = 0; k < 80; k++)
        {
            double mid = Math.Sqrt(lo * hi);
            if (Exact(problem, 1 - mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 1 - Math.Sqrt(lo * hi);
    }
}
