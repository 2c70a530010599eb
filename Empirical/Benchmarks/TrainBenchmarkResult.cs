using Adam.Verification.Empirical.Engine.Blas;

namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>Seconds per workload of <see cref="TrainBenchmark"/> (null when not run).</summary>
public sealed record TrainBenchmarkResult(
    GemmBackend Backend,
    int AdamDimension,
    double? MlpEpochSeconds = null,
    double? LeNetEpochSeconds = null,
    double? GradientSeconds = null,
    double? HvpSeconds = null,
    double? AdamStepSeconds = null)
{
    /// <summary>The cost of one Hessian-vector product in gradients.</summary>
    public double? HvpInGradients => HvpSeconds / GradientSeconds;
}
