using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>
/// One case of <c>summable-steps-stall@networks</c>: a generated network (drawn by the claim's family from
/// <see cref="NetworkSeed"/>), full-batch Adam with (β1, β2, ε, bias correction) and the summable schedule
/// α_t = α0·r^(t−1), run for <see cref="Horizon"/> steps from the network's w0.
/// </summary>
/// <param name="NetworkSeed">The stream the network family draws the network, its data and w0 from.</param>
/// <param name="Beta1">β1.</param>
/// <param name="Beta2">β2.</param>
/// <param name="Epsilon">ε (outside the root).</param>
/// <param name="BiasCorrection">Whether m and v are bias-corrected.</param>
/// <param name="Alpha0">α0.</param>
/// <param name="Ratio">r ∈ (0, 1).</param>
/// <param name="Horizon">T.</param>
public sealed record SummableNetworkInstance(
    ulong NetworkSeed,
    double Beta1,
    double Beta2,
    double Epsilon,
    bool BiasCorrection,
    double Alpha0,
    double Ratio,
    long Horizon) : IValidInstance
{
    /// <summary>The Adam variant with base step α0.</summary>
    public AdamOptions Options() => new(alpha: Alpha0, beta1: Beta1, beta2: Beta2, epsilon: Epsilon, biasCorrection: BiasCorrection);

    /// <inheritdoc/>
    public void Validate()
    {
        _ = Options();
        SummableStepHypotheses.RequireSummableRatio(Ratio);

        InstanceDomain.RequireWithin("Horizon", Horizon, 1, 100_000);
        OptionValidationException.RequirePositive("Alpha0", Alpha0);
    }
}
