using System.Globalization;

namespace Adam.Verification.Theory.Claims;

/// <summary>The shared rules of <see cref="IValidInstance.Validate"/>: counts, finite sequences; each message names the field.</summary>
public static class InstanceDomain
{
    /// <summary>Throws unless <paramref name="minimum"/> ≤ <paramref name="value"/> ≤ <paramref name="maximum"/> (the maximum keeps a replay finite).</summary>
    public static void RequireWithin(string field, long value, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{field} must lie in [{minimum}, {maximum}]; got {value}."));
        }
    }

    /// <summary>Throws unless the work of a replay, <paramref name="work"/> (steps × the cost of a step), is at most <paramref name="maximum"/>.</summary>
    public static void RequireWork(string what, double work, double maximum)
    {
        if (!(work <= maximum))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{what} is {work:G3}, above {maximum:G3}: a replay this long would not end in reasonable time."));
        }
    }

    /// <summary>Throws unless <paramref name="values"/> holds at least <paramref name="minimum"/> numbers, all finite.</summary>
    public static void RequireFiniteSequence(string field, IReadOnlyList<double>? values, int minimum)
    {
        if (values is null || values.Count < minimum)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{field} must hold at least {minimum} number(s); got {values?.Count ?? 0}."));
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{field}[{i}] must be a finite number; got {values[i]:R}."));
            }
        }
    }
}
