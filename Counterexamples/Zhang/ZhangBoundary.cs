using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// Bisection for β2*(β1, n) on the sign of the drift D (docs/claims.md#zhang-divergence-region) over log(1−β2) within Zhang's region
/// β1 &lt; √β2 (from β2 = 1 − 0.999·(1 − β1²), just inside it, upward), with common random numbers
/// (one seed for every evaluation, so D̂ is a deterministic function of β2 and the bisection is consistent).
/// Reference point: n = 10, β1 = 0 gives β2* ≈ 0.958 (1 − β2* ≈ 4.2/n²).
/// </summary>
public static class ZhangBoundary
{
    /// <summary>The largest 1 − β2 searched (β2 = 0.001; less when β1² is larger).</summary>
    public const double MaxGap = 0.999;

    /// <summary>The smallest 1 − β2 searched.</summary>
    public const double MinGap = 1e-6;

    /// <summary>The low end of the search, as 1 − β2: min(0.999, 0.999·(1 − β1²)), just inside β1 &lt; √β2.</summary>
    public static double LowEndGap(double beta1) => Math.Min(MaxGap, 0.999 * (1 - (beta1 * beta1)));

    /// <summary>D̂ ± SE at (β1, 1 − <paramref name="gap"/>, n) for the variant <paramref name="update"/> makes of Kingma–Ba (identity when null).</summary>
    public static DriftEstimate DriftAt(double beta1, double gap, int n, ulong seed, ZhangDriftSettings? settings = null, Func<AdamOptions, AdamOptions>? update = null)
    {
        AdamOptions variant = ZhangDrift.Variant(beta1, 1 - gap);
        return ZhangDrift.Estimate(update is null ? variant : update(variant), n, seed, settings);
    }

    /// <summary>
    /// Finds β2*(β1, n) with <paramref name="iterations"/> bisection steps. <paramref name="update"/> maps the variant
    /// (a planted update fault; identity when null); <paramref name="plantedMagnitudeTest"/> plants a bisection that tests
    /// the sign of |D| instead of D (an oracle fault: |D| is never negative, so the bracket always shrinks to the low end
    /// of the search, and the result no longer depends on n).
    /// </summary>
    public static ZhangBoundaryPoint Find(double beta1, int n, ulong seed, ZhangDriftSettings? settings = null, int iterations = 18, Func<AdamOptions, AdamOptions>? update = null, bool plantedMagnitudeTest = false)
    {
        settings ??= ZhangDriftSettings.Default;
        int evaluations = 0;
        DriftEstimate At(double gap) => DriftAt(beta1, gap, n, seed, settings, update);
        double DriftAtGap(double gap)
        {
            evaluations++;
            return At(gap).Mean;
        }

        double lo = LowEndGap(beta1);
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
            double drift = DriftAtGap(mid);
            if ((plantedMagnitudeTest ? Math.Abs(drift) : drift) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double root = Math.Sqrt(lo * hi);
        DriftEstimate atRoot = At(root);
        double below = 0.95 * root, above = Math.Min(1.05 * root, LowEndGap(beta1));
        double slope = (At(below).Mean - At(above).Mean) / (above - below);
        evaluations += 3;
        double halfWidth = slope != 0 ? Math.Abs(3 * atRoot.StandardError / slope) : double.NaN;
        return new ZhangBoundaryPoint(beta1, n, 1 - root, halfWidth, atRoot, evaluations, string.Empty);
    }
}
