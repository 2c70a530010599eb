namespace Adam.Verification.Theory.Running;

/// <summary>What a rate study measures per run.</summary>
public enum RateMetric
{
    /// <summary>(1/T)·Σ_{t≤T} ‖∇F(x_t)‖₁, the metric of arXiv 2507.05966's theorem (unweighted).</summary>
    AverageL1GradientNorm,

    /// <summary>min_{t≤T} ‖∇F(x_t)‖₂, the metric of arXiv 2309.08339's bound.</summary>
    MinGradientNorm,
}
