using System.Text.Json.Serialization;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// One case of the sign-ratio claims: a one-coordinate gradient sequence g_1..g_T fed to Adam with (β1, β2, ε),
/// bias correction on or off and an ε placement. The update is coordinate-separable, so one coordinate is general.
/// </summary>
public sealed record SignRatioInstance(
    double Beta1,
    double Beta2,
    double Epsilon,
    bool BiasCorrection,
    EpsilonPlacement Placement,
    GradientSequenceKind Kind,
    double[] Gradients) : IValidInstance
{
    /// <summary>Where a <see cref="GradientSequenceKind.Network"/> sequence came from (network, data, coordinate, α); null otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>The Adam variant of this case (α = 0: the iterate does not move, only the state is observed).</summary>
    public AdamOptions Options() => new(alpha: 0, beta1: Beta1, beta2: Beta2, epsilon: Epsilon, biasCorrection: BiasCorrection, epsilonPlacement: Placement);

    /// <inheritdoc/>
    public void Validate()
    {
        _ = Options();
        InstanceDomain.RequireFiniteSequence("Gradients", Gradients, minimum: 1);
        InstanceDomain.RequireWithin("the number of Gradients", Gradients.Length, 1, 10_000_000);
    }
}
