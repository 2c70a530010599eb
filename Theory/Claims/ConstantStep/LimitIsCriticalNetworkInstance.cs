using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// One case of <c>constant-step-limit-is-critical@networks</c>: a generated network (drawn by the claim's family from
/// <see cref="NetworkSeed"/>) trained full-batch by Adam with a constant step α for <see cref="Horizon"/> steps.
/// </summary>
/// <param name="NetworkSeed">The stream the network family draws the network, its data and w0 from.</param>
/// <param name="Beta1">β1 ∈ [0, 1).</param>
/// <param name="Beta2">β2 ∈ [0, 1).</param>
/// <param name="Rho">ρ &gt; 0, outside the root.</param>
/// <param name="BiasCorrection">Whether m and v are bias-corrected.</param>
/// <param name="Alpha">The constant α.</param>
/// <param name="Horizon">T.</param>
public sealed record LimitIsCriticalNetworkInstance(
    ulong NetworkSeed,
    double Beta1,
    double Beta2,
    double Rho,
    bool BiasCorrection,
    double Alpha,
    long Horizon) : IValidInstance
{
    /// <summary>The Adam variant.</summary>
    public AdamOptions Options() => new(alpha: Alpha, beta1: Beta1, beta2: Beta2, epsilon: Rho, biasCorrection: BiasCorrection);

    /// <inheritdoc/>
    public void Validate()
    {
        _ = Options();
        OptionValidationException.RequirePositive("Alpha", Alpha);
        OptionValidationException.RequirePositive("Rho", Rho);
        InstanceDomain.RequireWithin("Horizon", Horizon, 1, 100_000);
    }
}
