using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// One case of <c>constant-step-bound-corrected@networks</c> carried out (docs/claims.md#networks):
/// <list type="number">
/// <item>the oracles are checked against central differences at w0 (<see cref="OracleConsistency"/>), and Algorithm 2's
/// output against its definition (K̂ equals the largest sample norm, the running value never decreases); both are
/// conclusions, evaluated on every case whatever its hypotheses;</item>
/// <item>K̂ by Algorithm 2 of arXiv 2309.08339 (N samples from W = N(w0, s²I), s = the root mean square of w0), and its
/// sanity check as a hypothesis: K̂ ≥ ‖∇²L(w0)‖ (by the same power iteration) within 1%, since K ≥ the curvature at any point;</item>
/// <item>Algorithm 1 (β1 = 0, no bias correction, ρ outside the root) with Theorem 1's
/// α = √(2(L0 − L̲)/(K̂δ²T)), δ = γ̂/ρ, ρ = c·γ̂, where L̲ ≤ L* is the family's known lower bound and γ̂ an upper bound on
/// ‖∇L‖ over the run's own iterates: γ̂ starts at ‖∇L(w0)‖, and while the run's supremum exceeds it, γ̂ becomes twice that
/// supremum and the run is repeated (at most <see cref="MaxPasses"/> passes; a run that stops early misses the hypotheses);</item>
/// <item>the bound √max(1, γ̂∞ + ρ)·(2K̂δ²(L0 − L̲)/T)^{1/4} with γ̂∞ = sup max_i |∂_i L| over the same iterates.</item>
/// </list>
/// K̂ is the one constant that is estimated, not bounded along the run: K̂ ≤ K (power iteration and the sup over
/// finitely many points both err low), which is why the verdict is "under estimated K".
/// </summary>
public sealed record NetworkBoundRun(
    string Network,
    string? Unmet,
    double OracleRatio,
    string OracleDetail,
    double EstimatorRatio,
    string EstimatorDetail,
    double KHat,
    double StartCurvature,
    double Gamma,
    double ObservedGamma,
    double CoordinateGamma,
    double Rho,
    double Gap,
    double Alpha,
    double StartGradientNorm,
    double MinGradientNorm,
    long ArgMinT,
    double Bound,
    int Passes)
{
    /// <summary>How often the run is repeated with a larger γ̂ before the case is given up as unmet.</summary>
    public const int MaxPasses = 6;

    /// <summary>The power iteration used for K̂ and the start's curvature.</summary>
    public static PowerIterationOptions PowerOptions { get; } = new(RelativeTolerance: 1e-6, MaxIterations: 300);

    /// <summary>min_t ‖∇L(w_t)‖ over the bound (the bound holds when ≤ 1).</summary>
    public double BoundRatio => MinGradientNorm / Bound;

    /// <summary>Carries out <paramref name="instance"/> on <paramref name="family"/>; <paramref name="lastSampleOnly"/> plants the fault "K̂ from the last sample".</summary>
    public static NetworkBoundRun Execute(NetworkBoundInstance instance, INetworkFamily family, bool lastSampleOnly = false)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(family);
        GeneratedNetwork network = family.Draw(new SeededRandom(instance.NetworkSeed));
        IObjective f = network.Objective;
        double[] w0 = network.Start;
        var checks = new SeededRandom(SeededRandom.DeriveSeed(instance.EstimatorSeed, 1));
        (double gradientRatio, string gradientDetail) = OracleConsistency.CheckGradient(f, w0, checks);
        (double hvpRatio, string hvpDetail) = OracleConsistency.CheckHessianVectorProduct(f, w0, checks);
        (double oracleRatio, string oracleDetail) = gradientRatio >= hvpRatio ? (gradientRatio, gradientDetail) : (hvpRatio, hvpDetail);

        double spread = Math.Sqrt(w0.Sum(x => x * x) / w0.Length);
        LipschitzEstimate estimate = LipschitzEstimator.Estimate(f, new GaussianDistribution(w0, spread), instance.Samples, new SeededRandom(SeededRandom.DeriveSeed(instance.EstimatorSeed, 2)), PowerOptions, plantedLastSampleFault: lastSampleOnly);

        // What Algorithm 2 reports must be its definition: K̂ the largest sample norm, and a running value that never decreases.
        double kHat = estimate.KHat, largest = estimate.PerSample.Max();
        int drop = Enumerable.Range(1, instance.Samples - 1).FirstOrDefault(n => estimate.RunningMax[n] < estimate.RunningMax[n - 1]);
        double estimatorRatio = Math.Max(largest / kHat, drop > 0 ? estimate.RunningMax[drop - 1] / estimate.RunningMax[drop] : 1);
        string estimatorDetail = drop > 0
            ? FormattableString.Invariant($"Algorithm 2's running K̂ fell from {estimate.RunningMax[drop - 1]:G9} to {estimate.RunningMax[drop]:G9} at sample {drop + 1} of {instance.Samples} (a running maximum cannot decrease); reported K̂ = {kHat:G9}, largest sample norm {largest:G9}")
            : FormattableString.Invariant($"Algorithm 2 reported K̂ = {kHat:G9}, largest of its {instance.Samples} sample norms {largest:G9}");
        double start = PowerIteration.SpectralNorm(f, w0, new SeededRandom(SeededRandom.DeriveSeed(instance.EstimatorSeed, 3)), PowerOptions).Estimate;
        bool concluded = oracleRatio <= 1 && estimatorRatio <= 1;
        NetworkBoundRun Missing(string why) =>
            new(network.Description, concluded ? why : null, oracleRatio, oracleDetail, estimatorRatio, estimatorDetail, kHat, start, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0, double.NaN, 0);
        if (!concluded)
        {
            // A failed oracle or estimator check is a violation whatever the hypotheses; nothing else is run.
            return Missing("not reached");
        }

        if (!(kHat >= 0.99 * start))
        {
            return Missing(FormattableString.Invariant($"K̂ below the curvature at w0 (the estimate contradicts K ≥ ‖∇²L(w0)‖)"));
        }

        double lower = f.Facts.OptimalValue ?? 0;
        double gap = f.Value(w0) - lower;
        double[] g0 = new double[f.Dimension];
        f.Gradient(w0, g0);
        double gamma = VectorMath.Norm(g0);
        if (!(gap > 0) || !(gamma > 0) || !(kHat > 0))
        {
            return Missing("L(w0) at its lower bound, ∇L(w0) = 0 or K̂ = 0");
        }

        for (int pass = 1; pass <= MaxPasses; pass++)
        {
            double rho = instance.RhoFactor * gamma;
            double alpha = PaperStepSizes.AlphaStar(lower + gap, lower, kHat, gamma, rho, instance.Horizon);
            var envelope = new GradientEnvelope(f);
            var options = new AdamOptions(alpha: alpha, beta1: 0, beta2: instance.Beta2, epsilon: rho, biasCorrection: false);
            var spec = RunSpec.Deterministic(envelope, new AdamOptimizer(options, f.Dimension), new ConstantSchedule(alpha), w0, instance.Horizon) with
            {
                Record = RecordFields.GradientNorm,
            };
            Trajectory run = Runner.Run(spec);
            if (run.StopReason != StopReason.Budget || !double.IsFinite(envelope.Gamma))
            {
                return Missing(FormattableString.Invariant($"the run stopped before T ({run.StopReason}) or met a non-finite gradient"));
            }

            if (!(envelope.Gamma <= gamma))
            {
                gamma = 2 * envelope.Gamma;
                continue;
            }

            double min = double.PositiveInfinity;
            long argMin = 0;
            foreach (StepRecord r in run.Records)
            {
                if (r.GradientNorm is double n && n < min)
                {
                    min = n;
                    argMin = r.T;
                }
            }

            double bound = ConstantStepBound.Corrected(kHat, PaperStepSizes.Delta(gamma, rho), gap, instance.Horizon, envelope.CoordinateGamma, rho);
            return new NetworkBoundRun(network.Description, null, oracleRatio, oracleDetail, estimatorRatio, estimatorDetail, kHat, start, gamma, envelope.Gamma, envelope.CoordinateGamma, rho, gap, alpha, VectorMath.Norm(g0), min, argMin, bound, pass);
        }

        return Missing(FormattableString.Invariant($"the run's gradients exceeded every γ̂ tried in {MaxPasses} passes"));
    }

    /// <summary>The case's constants in one line.</summary>
    public string Constants() => string.Create(CultureInfo.InvariantCulture, $"K̂ = {KHat:G6} (‖∇²L(w0)‖ = {StartCurvature:G4}), γ̂ = {Gamma:G6} (the run's supremum {ObservedGamma:G6}), γ̂∞ = {CoordinateGamma:G6}, ρ = {Rho:G6}, L0 − L̲ = {Gap:G6}, α = {Alpha:G6}, {Passes} pass(es)");
}
