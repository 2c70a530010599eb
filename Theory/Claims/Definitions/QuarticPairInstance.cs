using System.Globalization;

namespace Adam.Verification.Theory.Claims.Definitions;

/// <summary>
/// One case of <c>smoothness-one-sided-implies-lipschitz</c>: f(w) = (K/2)‖w‖² − a·Σ_i w_i⁴ (a ≥ 0), which meets the
/// one-sided Definition 1 (sign corrected) with constant K for every a, and the pair w1, w2.
/// </summary>
/// <param name="K">K &gt; 0.</param>
/// <param name="A">a ≥ 0, the weight of the concave quartic.</param>
/// <param name="First">w1.</param>
/// <param name="Second">w2.</param>
public sealed record QuarticPairInstance(double K, double A, double[] First, double[] Second)
{
    /// <summary>f(w).</summary>
    public double Value(ReadOnlySpan<double> w)
    {
        double value = 0;
        foreach (double x in w)
        {
            value += (0.5 * K * x * x) - (A * x * x * x * x);
        }

        return value;
    }

    /// <summary>∇f(w) = K·w − 4a·w³ (elementwise); <paramref name="withQuartic"/> false leaves out the quartic's term.</summary>
    public double[] Gradient(ReadOnlySpan<double> w, bool withQuartic = true)
    {
        double[] g = new double[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            g[i] = (K * w[i]) - (withQuartic ? 4 * A * w[i] * w[i] * w[i] : 0);
        }

        return g;
    }

    /// <summary>The function and the pair in words.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"f(w) = ({K:G4}/2)‖w‖² − {A:G4}·Σw_i⁴ in d = {First.Length}; w1 = [{string.Join(", ", First.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)))}], w2 = [{string.Join(", ", Second.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)))}]");
}
