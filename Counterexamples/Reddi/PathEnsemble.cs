using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// Runs P independent one-dimensional paths at once as one P-dimensional Adam (the update is coordinate-separable,
/// so coordinate p is exactly path p): one reference step per time step for all paths.
/// </summary>
public static class PathEnsemble
{
    /// <summary>
    /// Runs T steps; <paramref name="gradients"/>(t, x, g) fills every path's gradient. Returns the mean of each path's
    /// iterate over the last <paramref name="tailFraction"/> of the steps, and the final iterates.
    /// </summary>
    public static (double[] TailMeans, double[] Final) Run(AdamOptions options, IStepSchedule schedule, double[] start, long steps, Action<long, double[], double[]> gradients, double tailFraction = 0.1)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(gradients);
        int paths = start.Length;
        var state = new AdamState(paths);
        var x = (double[])start.Clone();
        var g = new double[paths];
        var tail = new double[paths];
        long tailStart = steps - (long)Math.Ceiling(steps * tailFraction);
        for (long t = 1; t <= steps; t++)
        {
            gradients(t, x, g);
            AdamUpdate.Step(options, state, x, g, schedule.Alpha(t));
            if (t > tailStart)
            {
                for (int p = 0; p < paths; p++)
                {
                    tail[p] += x[p];
                }
            }
        }

        double count = steps - tailStart;
        return (tail.Select(s => s / count).ToArray(), x);
    }
}
