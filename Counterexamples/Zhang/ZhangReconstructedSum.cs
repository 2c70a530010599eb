using System.Globalization;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// RECONSTRUCTION [REC] of the divergence function of Zhang, Chen, Shi, Sun &amp; Luo (NeurIPS 2022, Thm 2); the
/// paper's own function was not found (docs/claims.md#zhang-divergence-region). f(x) = Σ_{i=0}^{n−1} f_i(x) with
/// f_0(x) = n·x (x ≥ −1), (n/2)(x+2)² − 3n/2 (x &lt; −1) and f_i(x) = −x (x ≥ −1), −(x+2)²/2 + 3/2 (x &lt; −1), i ≥ 1.
/// Then f(x) = x on x ≥ −1 and (x+2)²/2 − 3/2 below: C¹, L = n, minimiser x = −2, f* = −3/2, and A2 holds with D0 = 0,
/// D1 = (n²+n−1)/n − 1/n². On x ≥ −1 the component gradients (n once, −1 n−1 times) do not depend on x, so the
/// per-epoch displacement is −η_k·S_k with S_k stationary: x → +∞ when D = E[S] &lt; 0 and x → −2 when D &gt; 0.
/// </summary>
public sealed class ZhangReconstructedSum
{
    /// <summary>The label carried everywhere this function appears.</summary>
    public const string Label = "Zhang et al. 2022 Thm 2 divergence function — RECONSTRUCTION (docs/claims.md#zhang-divergence-region), not the paper's own";

    /// <summary>Creates the sum with n ≥ 2 components.</summary>
    public ZhangReconstructedSum(int n)
    {
        if (n < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "the reconstructed Zhang sum needs n ≥ 2 components.");
        }

        N = n;
    }

    /// <summary>n, the number of components.</summary>
    public int N { get; }

    /// <summary>L = n (every ∇f_i is n-Lipschitz at most).</summary>
    public double Smoothness => N;

    /// <summary>D1 = (n²+n−1)/n − 1/n² (variance form of A2, D0 = 0).</summary>
    public double D1 => (((double)N * N) + N - 1) / N - (1.0 / ((double)N * N));

    /// <summary>The minimiser x* = −2.</summary>
    public static double Minimiser => -2;

    /// <summary>∇f_i(x).</summary>
    public double ComponentGradient(int i, double x)
    {
        if (x >= -1)
        {
            return i == 0 ? N : -1;
        }

        return i == 0 ? N * (x + 2) : -(x + 2);
    }

    /// <summary>f(x) = Σ f_i(x).</summary>
    public static double Value(double x) => x >= -1 ? x : (0.5 * (x + 2) * (x + 2)) - 1.5;

    /// <summary>f'(x).</summary>
    public static double Gradient(double x) => x >= -1 ? 1 : x + 2;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"reconstructed Zhang sum (n = {N}; RECONSTRUCTION, docs/claims.md#zhang-divergence-region)");
}
