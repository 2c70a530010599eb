using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// The random-reshuffling Adam fixed point x̄ of a quadratic finite sum (docs/claims.md#zhang-large-beta2-floor): the root of the
/// stationary epoch drift D(x) = E_stat[Σ_{i in epoch} u_t] with x frozen, found by bisection on [min c, max c] with
/// common random numbers. D is increasing in x (every gradient x − c_i is), D(min c) &lt; 0 &lt; D(max c).
/// </summary>
public static class AdamFixedPoint
{
    /// <summary>x̄ and the drift there.</summary>
    public static (double Point, DriftEstimate Drift) Find(QuadraticFiniteSum sum, AdamOptions variant, ulong seed, ZhangDriftSettings? settings = null, int iterations = 40)
    {
        ArgumentNullException.ThrowIfNull(sum);
        ArgumentNullException.ThrowIfNull(variant);
        settings ??= ZhangDriftSettings.Default;
        double lo = sum.Centres.Min(), hi = sum.Centres.Max();
        for (int k = 0; k < iterations; k++)
        {
            double mid = 0.5 * (lo + hi);
            if (Drift(sum, variant, mid, seed, settings).Mean < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double point = 0.5 * (lo + hi);
        return (point, Drift(sum, variant, point, seed, settings));
    }

    /// <summary>D(x) ± SE at a frozen x.</summary>
    public static DriftEstimate Drift(QuadraticFiniteSum sum, AdamOptions variant, double x, ulong seed, ZhangDriftSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sum);
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(settings);
        var epochs = new ShuffledEpochs(sum.N, settings.Paths, seed);
        return StationaryDrift.Estimate(variant, settings.Paths, settings.BurnInSteps(variant.Beta2, sum.N), sum.N, settings.EpochsPerPath, (t, g) =>
        {
            for (int p = 0; p < g.Length; p++)
            {
                g[p] = sum.ComponentGradient(epochs.Component(p, t), x);
            }
        });
    }
}
