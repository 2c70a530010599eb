using System.Globalization;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>Reads Reddi et al.'s conclusion off a run: the first period from which every period starts at x = +1.</summary>
public static class ReddiSaturation
{
    /// <summary>
    /// k0, the first period such that every period k ≥ k0 starts exactly at +1 (clipping makes the value exact), or
    /// null when the last period does not start at +1.
    /// </summary>
    public static int? FirstSaturatedPeriod(ReadOnlySpan<double> periodStarts)
    {
        int k = periodStarts.Length;
        while (k > 0 && periodStarts[k - 1] == 1.0)
        {
            k--;
        }

        return k < periodStarts.Length ? k : null;
    }

    /// <summary>
    /// Reddi et al.'s conclusion on one run: some period k0 starts at +1, every later one does too, and every period
    /// from k0 on has regret ≥ <paramref name="required"/> (observable required/least regret; <paramref name="detail"/>
    /// words the saturated case from k0 and the least regret).
    /// </summary>
    public static CaseOutcome Judge(double[] periodStarts, double[] periodRegrets, double required, Func<int, double, string> detail)
    {
        ArgumentNullException.ThrowIfNull(periodStarts);
        ArgumentNullException.ThrowIfNull(periodRegrets);
        ArgumentNullException.ThrowIfNull(detail);
        int? k0 = FirstSaturatedPeriod(periodStarts);
        if (k0 is null)
        {
            return new CaseOutcome(false, double.PositiveInfinity, string.Create(CultureInfo.InvariantCulture, $"the last period starts at x = {periodStarts[^1]:R}, not +1"));
        }

        double worst = periodRegrets[k0.Value..].Min();
        return new CaseOutcome(worst >= required - 1e-9, required / worst, detail(k0.Value, worst));
    }
}
