using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// Bisection for β2*(β1, n) on the sign of the drift D (docs/claims.md#zhang-divergence-region) over log(1−β2) within Zhang's region
/// β1 &lt; √β2 (from β2 = max(0.001, β1²) upward), with common random numbers
/// (one seed for every evaluation, so D̂ is a deterministic function of β2 and the bisection is consistent).
/// Reference point: n = 10, β1 = 0 gives β2* ≈ 0.958 (1 − β2* ≈ 4.2/n²).
/// </summary>
public static class ZhangBoundary
{
    /// <summary>The largest 1 − β2 searched (β2 = 0.001; less when β1² is larger).</summary>
    public const double MaxGap = 0.999;

    /// <summary>The smallest 1 − β2 searched.</summary>
    public const double MinGap = 1e-6;

    /// <summary>Finds β2*(β1, n) with <paramref name="iterations"/> bisection steps.</summary>
    public static ZhangBoundaryPoint Find(double beta1, int n, ulong seed, ZhangDriftSettings? settings = null, int iterations = 18)
    {
        settings ??= ZhangDriftSettings.Default;
        int evaluations = 0;
        double DriftAtGap(double gap)
        {
            evaluations++;
            return ZhangDrift.Estimate(beta1, 1 - gap, n, seed, settings).Mean;
        }

        double lo = Math.Min(MaxGap, 0.999 * (1 - (beta1 * beta1)));
        if (DriftAtGap(lo) >= 0)
        {
            return new ZhangBoundaryPoint(beta1, n, null, double.NaN, null, evaluations, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"D ≥ 0 already at β2 = {1 - lo:G4}, the low end of β1 < √β2 searched: no divergence there"));
        }

        double hi = Math.Min(0.5, 1.0 / ((double)n * n));
        while (DriftAtGap(hi) <= 0)
        {
            if (hi <= MinGap)
            {
                return new ZhangBoundaryPoint(beta1, n, null, double.NaN, null, evaluations, "D ≤ 0 up to β2 = 1 − 1e-6");
            }

            hi = Math.Max(MinGap, hi / 10);
        }

        for (int k = 0; k < iterations; k++)
        {
            double mid = Math.Sqrt(lo * hi);
            if (DriftAtGap(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double root = Math.Sqrt(lo * hi);
        DriftEstimate atRoot = ZhangDrift.Estimate(beta1, 1 - root, n, seed, settings);
        double dGap = 0.05 * root;
        double slope = (ZhangDrift.Estimate(beta1, 1 - (root - dGap), n, seed, settings).Mean - ZhangDrift.Estimate(beta1, 1 - (root + dGap), n, seed, settings).Mean) / (2 * dGap);
        evaluations += 3;
        double halfWidth = slope != 0 ? Math.Abs(3 * atRoot.StandardError / slope) : double.NaN;
        return new ZhangBoundaryPoint(beta1, n, 1 - root, halfWidth, atRoot, evaluations, string.Empty);
    }
}
