using System.Globalization;

namespace Adam.Verification.Theory.Charts;

/// <summary>
/// Tick positions a reader can read: on a linear axis multiples of a "nice" step 1, 2 or 5 × 10^k, the raw step
/// span/count rounded to the nearest of them (Heckbert 1990, "Nice numbers for graph labels"); on a log axis the decades, labelled 10ᵏ, with minor ticks at 2…9 × 10ᵏ. The charts
/// of every library use these, so that no figure shows ticks at 0.011, 0.173, … or epochs 0, 7, 15, 22.
/// </summary>
public static class AxisTicks
{
    /// <summary>The nice step for about <paramref name="count"/> intervals over a range of <paramref name="span"/> &gt; 0.</summary>
    public static double Step(double span, int count = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(span > 0) || !(span < double.MaxValue / 10))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "the range must be positive and finite.");
        }

        double raw = span / count;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>
    /// Linear ticks: the range [<paramref name="min"/>, <paramref name="max"/>] widened to multiples of the nice step, and
    /// every multiple in it. Returns the widened range and the ticks.
    /// </summary>
    public static (double Min, double Max, IReadOnlyList<double> Ticks) Linear(double min, double max, int count = 5)
    {
        if (!(max > min))
        {
            max = min + 1;
        }

        double step = Step(max - min, count);
        // A tolerance keeps floating-point residue (1.1/0.1 = 11.000000000000002) from adding a step at either end.
        double lo = Clean(Math.Floor((min / step) + 1e-9) * step, step), hi = Clean(Math.Ceiling((max / step) - 1e-9) * step, step);
        int n = (int)Math.Round((hi - lo) / step);
        return (lo, hi, [.. Enumerable.Range(0, n + 1).Select(k => Clean(lo + (k * step), step))]);
    }

    /// <summary>Integer ticks from 0 to <paramref name="last"/> (e.g. epochs) at a nice step of at least 1.</summary>
    public static IReadOnlyList<int> Counts(int last, int count = 5)
    {
        if (last < 1)
        {
            return [0];
        }

        int step = Math.Max(1, (int)Step(last, count));
        return [.. Enumerable.Range(0, (last / step) + 1).Select(k => k * step)];
    }

    /// <summary>The minor ticks 2…9 × 10ᵏ between the decades 10^<paramref name="fromDecade"/> and 10^<paramref name="toDecade"/>, as log10 values.</summary>
    public static IReadOnlyList<double> LogMinor(int fromDecade, int toDecade) =>
        [.. Enumerable.Range(fromDecade, Math.Max(0, toDecade - fromDecade)).SelectMany(k => Enumerable.Range(2, 8).Select(m => k + Math.Log10(m)))];

    /// <summary>10ᵏ with a Unicode superscript exponent, e.g. "10⁻³" (and "1" for k = 0).</summary>
    public static string Decade(int k)
    {
        if (k == 0)
        {
            return "1";
        }

        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        string exponent = string.Concat(Math.Abs(k).ToString(CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
        return "10" + (k < 0 ? "⁻" : string.Empty) + exponent;
    }

    /// <summary>A linear tick's label: the shortest round-trip form (ticks come from <see cref="Linear"/>, already free of floating-point residue).</summary>
    public static string Label(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The multiple of <paramref name="step"/> nearest <paramref name="value"/>, written with the step's own decimals.</summary>
    private static double Clean(double value, double step)
    {
        double multiple = Math.Round(value / step);
        int decimals = -(int)Math.Floor(Math.Log10(step));
        return decimals is > 0 and <= 15 ? Math.Round(multiple * step, decimals) : multiple * step;
    }
}
