using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Lipschitz;

/// <summary>
/// Algorithm 2 of arXiv 2309.08339 ("Estimating Lipschitz smoothness of loss function") over any objective:
/// K̂ = 0; for n = 1..N: w_n ~ W, K̂ = max(K̂, ‖∇²L(w_n)‖₂) with the spectral norm by power iteration.
/// Theorem 4: for W of full support, lim_N P(K̂_N ≤ k) is 0 for k &lt; K(L) and 1 for k ≥ K(L).
/// Because power iteration reports ‖Hv‖ for unit v, K̂_N ≤ K always (up to rounding) and is non-decreasing in N.
/// </summary>
public static class LipschitzEstimator
{
    /// <summary>
    /// Runs Algorithm 2 with N samples from W. <paramref name="plantedLastSampleFault"/> plants a fault for the claims that
    /// check the estimator: the running value is replaced by each new sample's norm instead of the maximum, so K̂ is the last
    /// sample's norm (never set outside a planted fault).
    /// </summary>
    public static LipschitzEstimate Estimate(IObjective objective, ISamplingDistribution distribution, int samples, SeededRandom random, PowerIterationOptions? options = null, bool plantedLastSampleFault = false)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(distribution);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var perSample = new double[samples];
        var running = new double[samples];
        double kHat = 0;
        double[] witness = [];
        int unconverged = 0;
        for (int n = 0; n < samples; n++)
        {
            double[] w = distribution.Sample(random);
            if (w.Length != objective.Dimension)
            {
                throw new ArgumentException($"W draws points of dimension {w.Length}; the objective has d = {objective.Dimension}.");
            }

            PowerIterationResult norm = PowerIteration.SpectralNorm(objective, w, random, options);
            unconverged += norm.Converged ? 0 : 1;
            perSample[n] = norm.Estimate;
            if (witness.Length == 0 || norm.Estimate > kHat || plantedLastSampleFault)
            {
                kHat = norm.Estimate;
                witness = w;
            }

            running[n] = kHat;
        }

        return new LipschitzEstimate(kHat, witness, perSample, running, unconverged);
    }
}
