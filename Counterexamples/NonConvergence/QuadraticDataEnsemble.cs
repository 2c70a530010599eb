using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// M independent Adam paths on the 2407.08100 quadratic data problem, run as one M-dimensional Adam (coordinate p is
/// path p; one reference step per time step for all paths). Every mean is reported with its standard error over paths.
/// </summary>
public static class QuadraticDataEnsemble
{
    /// <summary>Runs N steps of M paths from Θ0 = 0; data from one stream seeded by <paramref name="seed"/>.</summary>
    public static QuadraticDataRun Run(QuadraticDataSetup setup, int paths, long steps, ulong seed, IReadOnlyList<long> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 10);
        if (checkpoints.Any(c => c < 10 || c > steps))
        {
            throw new ArgumentOutOfRangeException(nameof(checkpoints), "checkpoints must lie in [10, N].");
        }

        AdamOptions options = setup.Options();
        var random = new SeededRandom(seed);
        var state = new AdamState(paths);
        var x = new double[paths];
        var g = new double[paths];
        var window = new double[paths];
        var tail = new double[paths];
        var before = new double[paths];
        double mean = DataSampler.Mean(setup.Law);
        var incrementSums = checkpoints.Select(_ => new double[paths]).ToArray();
        var errorSums = checkpoints.Select(_ => new double[paths]).ToArray();
        var errors = new MonteCarloSummary[checkpoints.Count];
        long half = steps / 2, tailStart = steps - (steps / 10);
        for (long t = 1; t <= steps; t++)
        {
            for (int p = 0; p < paths; p++)
            {
                g[p] = 2 * (x[p] - DataSampler.BatchMean(setup.Law, setup.Batch, random));
            }

            x.CopyTo(before, 0);
            AdamUpdate.Step(options, state, x, g, setup.Schedule.Alpha(t));
            for (int p = 0; p < paths; p++)
            {
                double d = x[p] - before[p];
                if (t > half)
                {
                    window[p] += d * d;
                }

                if (t > tailStart)
                {
                    tail[p] += x[p];
                }

                for (int c = 0; c < checkpoints.Count; c++)
                {
                    if (t > 0.9 * checkpoints[c] && t <= checkpoints[c])
                    {
                        incrementSums[c][p] += d * d;
                        errorSums[c][p] += (x[p] - mean) * (x[p] - mean);
                    }
                }
            }

            for (int c = 0; c < checkpoints.Count; c++)
            {
                if (t == checkpoints[c])
                {
                    errors[c] = MonteCarloSummary.Of(x.Select(v => (v - mean) * (v - mean)).ToArray());
                }
            }
        }

        var incrementAt = checkpoints.Select((c, k) => MonteCarloSummary.Of(incrementSums[k].Select(s => s / (c - Math.Floor(0.9 * c))).ToArray())).ToArray();
        var errorWindowAt = checkpoints.Select((c, k) => MonteCarloSummary.Of(errorSums[k].Select(s => s / (c - Math.Floor(0.9 * c))).ToArray())).ToArray();
        return new QuadraticDataRun(
            MonteCarloSummary.Of(window.Select(s => s / (steps - half)).ToArray()),
            incrementAt,
            errors,
            MonteCarloSummary.Of(tail.Select(s => s / (steps - tailStart)).ToArray()),
            checkpoints)
        {
            SquaredErrorWindowAt = errorWindowAt,
        };
    }
}
