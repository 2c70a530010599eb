using System.Diagnostics;

namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>Median wall time of repeated runs after one warm-up run (the same rule as tools/torch_bench.py).</summary>
public static class Timing
{
    /// <summary>The median of <paramref name="repeats"/> timed runs of <paramref name="action"/>, in seconds.</summary>
    public static double Median(Action action, int repeats)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        action();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }

        Array.Sort(times);
        return repeats % 2 == 1 ? times[repeats / 2] : (times[(repeats / 2) - 1] + times[repeats / 2]) / 2;
    }
}
