using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// One configuration of <c>growing-batch-adam-nonconvergence</c> (docs/claims.md#growing-batch-adam-nonconvergence), run
/// over independent paths: ℓ(θ, x) = (θ − x)² in d = 1 with X ~ N(0, 1), so the mini-batch gradient at step n is
/// 2(Θ_(n−1) − X̄_n) with X̄_n ~ N(0, 1/J_n) drawn exactly (the mean of J_n standard normals), J_n = ⌈n^p⌉ growing
/// without bound (or 1, a planted fault). Per path: the mean of (Θ_n − Θ_(n−1))² over the early window
/// n ∈ (<see cref="EarlyStart"/>, <see cref="EarlyEnd"/>] and the late window n ∈ (<see cref="LateStart"/>, N], and the
/// mean of (Θ_n − EX)² over the late window.
/// </summary>
/// <param name="LateIncrement">E(ΔΘ)² over the late window, over paths.</param>
/// <param name="WindowRatio">The per-path ratio of the late to the early window's mean (ΔΘ)², over paths.</param>
/// <param name="LateSquaredError">E(Θ − EX)² over the late window, over paths.</param>
public sealed record GrowingBatchRun(MonteCarloSummary LateIncrement, MonteCarloSummary WindowRatio, MonteCarloSummary LateSquaredError)
{
    /// <summary>N.</summary>
    public const long Steps = 40_000;

    /// <summary>The early window starts after this step.</summary>
    public const long EarlyStart = 12_000;

    /// <summary>The early window ends at this step.</summary>
    public const long EarlyEnd = 16_000;

    /// <summary>The late window starts after this step.</summary>
    public const long LateStart = 36_000;

    /// <summary>Runs <paramref name="paths"/> paths of Adam with <paramref name="adam"/> (or of SGD when null) at rates <paramref name="rates"/>.</summary>
    /// <param name="adam">The Adam variant (null: plain SGD, Θ_n = Θ_(n−1) − γ_n·G_n).</param>
    /// <param name="rates">n ↦ γ_n.</param>
    /// <param name="power">p in J_n = ⌈n^p⌉ (0: batches of 1).</param>
    /// <param name="paths">Independent paths (at least 2).</param>
    /// <param name="seed">The stream of the batch means.</param>
    public static GrowingBatchRun Measure(AdamOptions? adam, IStepSchedule rates, double power, int paths, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentOutOfRangeException.ThrowIfLessThan(paths, 2);
        var random = new SeededRandom(seed);
        var state = new AdamState(paths);
        var x = new double[paths];
        var g = new double[paths];
        var before = new double[paths];
        var early = new double[paths];
        var late = new double[paths];
        var error = new double[paths];
        for (long n = 1; n <= Steps; n++)
        {
            double spread = 1 / Math.Sqrt(Math.Ceiling(Math.Pow(n, power)));
            for (int p = 0; p < paths; p++)
            {
                g[p] = 2 * (x[p] - (spread * random.Normal()));
            }

            x.CopyTo(before, 0);
            double rate = rates.Alpha(n);
            if (adam is null)
            {
                for (int p = 0; p < paths; p++)
                {
                    x[p] -= rate * g[p];
                }
            }
            else
            {
                AdamUpdate.Step(adam, state, x, g, rate);
            }

            for (int p = 0; p < paths; p++)
            {
                double d = x[p] - before[p];
                if (n > EarlyStart && n <= EarlyEnd)
                {
                    early[p] += d * d;
                }
                else if (n > LateStart)
                {
                    late[p] += d * d;
                    error[p] += x[p] * x[p];
                }
            }
        }

        return new GrowingBatchRun(
            MonteCarloSummary.Of([.. late.Select(s => s / (Steps - LateStart))]),
            MonteCarloSummary.Of([.. late.Zip(early, (l, e) => l / (Steps - LateStart) / (e / (EarlyEnd - EarlyStart)))]),
            MonteCarloSummary.Of([.. error.Select(s => s / (Steps - LateStart))]));
    }
}
