using System.Globalization;
using System.Text;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// Structural shrinking of sign-ratio cases toward the form a paper would print: shorter sequences (halves,
/// prefixes, suffixes), round β's, ε = 0, bias correction off, gradients normalised to g_1 = ±1 and rounded to few
/// significant digits. The claim accepts a candidate only if it still meets the hypotheses and still violates.
/// </summary>
public static class SignRatioShrinker
{
    /// <summary>Candidates simpler than <paramref name="instance"/>, simplest first.</summary>
    public static IEnumerable<SignRatioInstance> Candidates(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);

        // A candidate is no longer what a training run produced (its sequence or its variant changed): it is shrunk,
        // and the network provenance goes with the original.
        return Raw(instance).Select(c => c.Source is null ? c : c with { Kind = GradientSequenceKind.Shrunk, Source = null });
    }

    private static IEnumerable<SignRatioInstance> Raw(SignRatioInstance instance)
    {
        double[] g = instance.Gradients;
        int n = g.Length;
        if (n > 1)
        {
            yield return With(instance, g[..(n / 2)]);
            yield return With(instance, g[(n / 2)..]);
            yield return With(instance, g[..(n - 1)]);
            yield return With(instance, g[1..]);
        }

        foreach (int digits in new[] { 1, 2 })
        {
            double b1 = Math.Round(instance.Beta1, digits), b2 = Math.Round(instance.Beta2, digits);
            if ((b1 != instance.Beta1 || b2 != instance.Beta2) && b2 > 0 && b2 < 1 && b1 < 1)
            {
                yield return instance with { Beta1 = b1, Beta2 = b2, Kind = GradientSequenceKind.Shrunk };
            }
        }

        if (instance.Epsilon != 0)
        {
            yield return instance with { Epsilon = 0 };
        }

        if (instance.BiasCorrection)
        {
            yield return instance with { BiasCorrection = false };
        }

        if (instance.Placement != EpsilonPlacement.OutsideCorrectedRoot)
        {
            yield return instance with { Placement = EpsilonPlacement.OutsideCorrectedRoot };
        }

        double first = g.FirstOrDefault(v => v != 0);
        if (first != 0 && Math.Abs(first) != 1 && instance.Epsilon == 0)
        {
            yield return With(instance, g.Select(v => v / Math.Abs(first)).ToArray());
        }

        foreach (int digits in new[] { 1, 2 })
        {
            double[] rounded = g.Select(v => RoundSignificant(v, digits)).ToArray();
            if (!rounded.SequenceEqual(g))
            {
                yield return With(instance, rounded);
            }
        }
    }

    /// <summary>The instance as a paper would state it.</summary>
    public static string Describe(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"β1 = {instance.Beta1:G6}, β2 = {instance.Beta2:G6}, ε = {instance.Epsilon:G3}, ");
        sb.Append(instance.BiasCorrection ? "bias-corrected, " : "no bias correction, ");
        sb.Append(instance.Placement switch
        {
            EpsilonPlacement.OutsideCorrectedRoot => "ε outside √v̂",
            EpsilonPlacement.OutsideUncorrectedRoot => "ε̂ outside √v",
            _ => "ε inside the root",
        });
        double[] g = instance.Gradients;
        if (instance.Kind == GradientSequenceKind.Network && instance.Source is { } source)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; the gradients of {source}");
        }

        sb.Append(CultureInfo.InvariantCulture, $"; T = {g.Length}: ");
        if (IsGeometric(g, out double ratio) && g.Length > 3)
        {
            sb.Append(CultureInfo.InvariantCulture, $"g_s = {g[0]:G4}·{ratio:G6}^(s−1), s = 1..{g.Length}");
        }
        else if (g.Length <= 12)
        {
            sb.Append("g = (").AppendJoin(", ", g.Select(v => v.ToString("G4", CultureInfo.InvariantCulture))).Append(')');
        }
        else
        {
            sb.Append("g = (").AppendJoin(", ", g[..6].Select(v => v.ToString("G4", CultureInfo.InvariantCulture)))
              .Append(", …, ").AppendJoin(", ", g[^3..].Select(v => v.ToString("G4", CultureInfo.InvariantCulture))).Append(')');
        }

        return sb.ToString();
    }

    /// <summary>v rounded to <paramref name="digits"/> significant digits.</summary>
    public static double RoundSignificant(double v, int digits)
    {
        if (v == 0 || !double.IsFinite(v))
        {
            return v;
        }

        double scale = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(v))) - digits + 1);
        double r = Math.Round(v / scale) * scale;
        return double.IsFinite(r) && r != 0 ? r : v;
    }

    private static SignRatioInstance With(SignRatioInstance instance, double[] g) =>
        instance with { Gradients = g, Kind = GradientSequenceKind.Shrunk };

    private static bool IsGeometric(double[] g, out double ratio)
    {
        ratio = g.Length > 1 && g[0] != 0 ? g[1] / g[0] : double.NaN;
        if (!double.IsFinite(ratio) || ratio <= 0)
        {
            return false;
        }

        for (int s = 1; s < g.Length; s++)
        {
            if (g[s - 1] == 0 || Math.Abs((g[s] / g[s - 1]) - ratio) > 1e-9 * ratio)
            {
                return false;
            }
        }

        return true;
    }
}
