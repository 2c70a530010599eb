using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// The drift oracle (docs/claims.md#zhang-divergence-region): P independent paths run as one P-dimensional Adam (the update is
/// coordinate-separable, so coordinate p is path p; one reference step per time step for all paths) on gradients
/// that do not depend on x. After a burn-in of B steps, each block of n steps contributes
/// S = Σ_{steps in the block} u_t, read off as x_start − x_end of a run with α = 1 and no projection.
/// D̂ = mean S; SE from batch means (each path's measured blocks split into equal batches).
/// </summary>
public static class StationaryDrift
{
    /// <summary>The default number of batches per path for the standard error.</summary>
    public const int BatchesPerPath = 10;

    /// <summary>
    /// Estimates D. <paramref name="gradients"/>(t, g) fills the gradient of every path for global step t (1-based).
    /// </summary>
    /// <param name="options">The variant; projection and weight decay must be off (the drift is of the direction u_t alone).</param>
    /// <param name="paths">P ≥ 1.</param>
    /// <param name="burnInSteps">B ≥ 0 steps discarded first (≥ 20/(1−β2) per docs/claims.md#zhang-divergence-region).</param>
    /// <param name="blockLength">n, steps per block (the epoch length).</param>
    /// <param name="blocksPerPath">Measured blocks per path (a multiple of <see cref="BatchesPerPath"/> is best).</param>
    /// <param name="gradients">Fills g for step t.</param>
    public static DriftEstimate Estimate(AdamOptions options, int paths, long burnInSteps, int blockLength, int blocksPerPath, Action<long, Span<double>> gradients)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gradients);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(burnInSteps);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(blocksPerPath, BatchesPerPath);
        if (options.Projection is not null || options.WeightDecay != 0)
        {
            throw new ArgumentException("the drift oracle measures the update direction alone: use no projection and no weight decay.", nameof(options));
        }

        var state = new AdamState(paths);
        var x = new double[paths];
        var g = new double[paths];
        var blockStart = new double[paths];
        long t = 1;
        for (; t <= burnInSteps; t++)
        {
            gradients(t, g);
            AdamUpdate.Step(options, state, x, g, 1.0);
        }

        int perBatch = blocksPerPath / BatchesPerPath;
        var batchSums = new double[paths * BatchesPerPath];
        int measured = perBatch * BatchesPerPath;
        for (int k = 0; k < measured; k++)
        {
            x.CopyTo(blockStart, 0);
            for (int j = 0; j < blockLength; j++, t++)
            {
                gradients(t, g);
                AdamUpdate.Step(options, state, x, g, 1.0);
            }

            int batch = k / perBatch;
            for (int p = 0; p < paths; p++)
            {
                batchSums[(p * BatchesPerPath) + batch] += blockStart[p] - x[p];
            }
        }

        double[] batchMeans = batchSums.Select(s => s / perBatch).ToArray();
        double mean = batchMeans.Average();
        double variance = batchMeans.Sum(b => (b - mean) * (b - mean)) / (batchMeans.Length - 1);
        return new DriftEstimate(mean, Math.Sqrt(variance / batchMeans.Length), (long)measured * paths, batchMeans.Length);
    }
}
