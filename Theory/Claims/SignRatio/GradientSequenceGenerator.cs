using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// Draws gradient sequences of each <see cref="GradientSequenceKind"/>. Nonzero magnitudes are clamped to
/// [<see cref="MinMagnitude"/>, <see cref="MaxMagnitude"/>] so that g² neither underflows nor overflows
/// (docs/claims.md#pitfall-underflow: below ~1.5e-154 g² underflows while m keeps the mass).
/// </summary>
public static class GradientSequenceGenerator
{
    /// <summary>Smallest nonzero magnitude generated.</summary>
    public const double MinMagnitude = 1e-150;

    /// <summary>Largest magnitude generated.</summary>
    public const double MaxMagnitude = 1e150;

    /// <summary>A sequence of length <paramref name="horizon"/> of the given kind.</summary>
    public static double[] Draw(GradientSequenceKind kind, double beta1, double beta2, int horizon, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var g = new double[horizon];
        double scale = Math.Exp(random.Uniform(-20, 20));
        switch (kind)
        {
            case GradientSequenceKind.Cauchy:
                Fill(g, _ => scale * random.Cauchy());
                break;
            case GradientSequenceKind.LogNormal:
                Fill(g, _ => random.Sign() * Math.Exp(random.Normal() * 15));
                break;
            case GradientSequenceKind.NearExtremal:
            {
                double[] e = ExtremalSequence.Build(beta1, beta2, horizon);
                Fill(g, s => e[s] * (1 + (1e-3 * random.Normal())));
                break;
            }

            case GradientSequenceKind.ZeroPrefix:
            {
                int zeros = random.NextInt(horizon);
                Fill(g, s => s < zeros ? 0 : scale * random.Normal());
                break;
            }

            case GradientSequenceKind.Constant:
                Fill(g, _ => scale);
                break;
            default:
                Fill(g, _ => scale * random.Normal());
                break;
        }

        for (int s = 0; s < horizon; s++)
        {
            g[s] = Clamp(g[s]);
        }

        return g;
    }

    /// <summary>Clamps a nonzero magnitude into the window, keeping the sign; zero stays zero.</summary>
    public static double Clamp(double value) =>
        value == 0 ? 0 : Math.CopySign(Math.Clamp(Math.Abs(value), MinMagnitude, MaxMagnitude), value);

    /// <summary>The smallest positive normal double, 2^−1022.</summary>
    public const double SmallestNormal = 2.2250738585072014E-308;

    /// <summary>
    /// True when v_t = β2·v_{t−1} + (1−β2)·g_t² stays a normal double (≥ 2^−1022) from the first nonzero gradient on.
    /// The window alone does not ensure it: a gradient of 1e-150 followed by zeros lets v_t decay like β2^t into
    /// underflow while m_t, decaying like β1^t, survives when β1 &gt; β2, so the computed u_t becomes ∞ although the
    /// real-arithmetic u_t is small (found by `adamv search --claim sign-ratio-bound --push`; docs/claims.md#pitfall-underflow extended).
    /// </summary>
    public static bool SecondMomentStaysNormal(ReadOnlySpan<double> g, double beta2)
    {
        double v = 0;
        bool started = false;
        foreach (double value in g)
        {
            v = (beta2 * v) + ((1 - beta2) * value * value);
            started |= value != 0;
            if (started && v < SmallestNormal)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every nonzero |g_s| lies in the window.</summary>
    public static bool WithinWindow(ReadOnlySpan<double> g)
    {
        foreach (double v in g)
        {
            double a = Math.Abs(v);
            if (!double.IsFinite(v) || (a != 0 && (a < MinMagnitude || a > MaxMagnitude)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Fill(double[] g, Func<int, double> value)
    {
        for (int s = 0; s < g.Length; s++)
        {
            g[s] = value(s);
        }
    }
}
