using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// A projected one-dimensional Adam run on a periodic problem that keeps, per period, the iterate at the period's start
/// and the period's regret — without storing the whole trajectory.
/// </summary>
public static class OnlineRun
{
    /// <summary>Runs <paramref name="periods"/> whole periods from x1 with the given variant (projected onto [−1, 1]).</summary>
    public static (double[] PeriodStarts, double[] PeriodRegrets) Run(PeriodicLinearProblem problem, AdamOptions options, IStepSchedule schedule, double start, int periods)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schedule);
        AdamOptions projected = options.With(projection: new Box(-1, 1));
        var state = new AdamState(1);
        Span<double> x = [start];
        Span<double> g = [0.0];
        var starts = new double[periods];
        var regrets = new double[periods];
        long t = 1;
        for (int k = 0; k < periods; k++)
        {
            starts[k] = x[0];
            double regret = 0;
            for (int j = 0; j < problem.Period; j++, t++)
            {
                g[0] = problem.GradientAt(t);
                regret += g[0] * (x[0] + 1);
                AdamUpdate.Step(projected, state, x, g, schedule.Alpha(t));
            }

            regrets[k] = regret;
        }

        return (starts, regrets);
    }
}
