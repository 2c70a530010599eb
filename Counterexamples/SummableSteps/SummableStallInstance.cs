using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.SummableSteps;

/// <summary>
/// A stall case: pseudo-Huber f centred at c, start w0 = c + u0, Adam with (β1, β2, ε, bias correction) and the
/// summable schedule α_t = α0·r^(t−1) (Σα = α0/(1−r)), run for T steps.
/// </summary>
public sealed record SummableStallInstance(
    double[] Centre,
    double[] Offsets,
    double Beta1,
    double Beta2,
    double Epsilon,
    bool BiasCorrection,
    double Alpha0,
    double Ratio,
    long Horizon) : IValidInstance
{
    /// <summary>The start w0 = c + u0.</summary>
    public double[] Start() => Centre.Zip(Offsets, (c, u) => c + u).ToArray();

    /// <summary>The Adam variant with base step α0.</summary>
    public AdamOptions Options() => new(alpha: Alpha0, beta1: Beta1, beta2: Beta2, epsilon: Epsilon, biasCorrection: BiasCorrection);

    /// <inheritdoc/>
    public void Validate()
    {
        _ = Options();
        InstanceDomain.RequireFiniteSequence("Centre", Centre, minimum: 1);
        InstanceDomain.RequireWithin("Centre's dimension", Centre.Length, 1, 1_000);
        InstanceDomain.RequireFiniteSequence("Offsets", Offsets, minimum: Centre.Length);
        if (Offsets.Length != Centre.Length)
        {
            throw new ArgumentException($"Offsets has {Offsets.Length} coordinates; Centre has {Centre.Length}.");
        }

        SummableStepHypotheses.RequireSummableRatio(Ratio);

        InstanceDomain.RequireWithin("Horizon", Horizon, 1, 10_000_000);
        InstanceDomain.RequireWork("Dimension × Horizon", (double)Centre.Length * Horizon, 1e9);
        OptionValidationException.RequirePositive("Alpha0", Alpha0);
    }
}
