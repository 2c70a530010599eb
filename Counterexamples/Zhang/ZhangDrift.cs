using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// The drift oracle D(β1, β2, n) on the RECONSTRUCTED Zhang sum (docs/claims.md#zhang-divergence-region, P3.2): with x frozen in x ≥ −1, the
/// epoch sum S = Σ_{i in epoch} u_t of random-reshuffling Adam is stationary, and D = E[S] decides the run:
/// D &lt; 0 ⇒ x → +∞ (diverge), D &gt; 0 ⇒ x → −2 (converge) since Σ η_k = ∞.
/// </summary>
public static class ZhangDrift
{
    /// <summary>The variant of P3.1: Kingma–Ba with ε = 1e-8.</summary>
    public static AdamOptions Variant(double beta1, double beta2) => AdamPresets.KingmaBa.Template.With(beta1: beta1, beta2: beta2, epsilon: 1e-8);

    /// <summary>D̂ ± SE for (β1, β2, n); the same seed gives the same reshuffles at every β (common random numbers).</summary>
    public static DriftEstimate Estimate(double beta1, double beta2, int n, ulong seed, ZhangDriftSettings? settings = null) =>
        Estimate(Variant(beta1, beta2), n, seed, settings);

    /// <summary>D̂ ± SE for any variant (no projection, no weight decay) on the n-component sum.</summary>
    public static DriftEstimate Estimate(AdamOptions variant, int n, ulong seed, ZhangDriftSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(variant);
        settings ??= ZhangDriftSettings.Default;
        var sum = new ZhangReconstructedSum(n);
        var epochs = new ShuffledEpochs(n, settings.Paths, seed);
        return StationaryDrift.Estimate(variant, settings.Paths, settings.BurnInSteps(variant.Beta2, n), n, settings.EpochsPerPath, (t, g) =>
        {
            for (int p = 0; p < g.Length; p++)
            {
                g[p] = sum.ComponentGradient(epochs.Component(p, t), 0);
            }
        });
    }
}
