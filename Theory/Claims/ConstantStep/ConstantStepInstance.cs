using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// One case of the 2309.08339 constant-step claims: an objective regenerated from (family, seed, d), a start w0,
/// ρ as a multiple of γ (or absolute when <paramref name="RhoIsAbsolute"/>), the horizon T and Adam's β's.
/// </summary>
public sealed record ConstantStepInstance(
    ObjectiveFamily Family,
    ulong ObjectiveSeed,
    int Dimension,
    double[] Start,
    double Rho,
    bool RhoIsAbsolute,
    long Horizon,
    double Beta1,
    double Beta2,
    bool BiasCorrection) : IValidInstance
{
    /// <summary>The objective of this case.</summary>
    public IObjective Objective() => ObjectiveGenerator.Draw(Family, new SeededRandom(ObjectiveSeed), Dimension);

    /// <summary>Draws a start w0 = c + scale·N(0, I) around the objective's minimiser (or witness, or 0).</summary>
    public static double[] DrawStart(IObjective objective, double scale, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(random);
        double[] c = objective.Facts.Minimiser ?? objective.Facts.SmoothnessWitness ?? new double[objective.Dimension];
        return c.Select(ci => ci + (scale * random.Normal())).ToArray();
    }

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("Dimension", Dimension, 1, 1_000);
        InstanceDomain.RequireFiniteSequence("Start", Start, minimum: Dimension);
        if (Start.Length != Dimension)
        {
            throw new ArgumentException($"Start has {Start.Length} coordinates; Dimension is {Dimension}.");
        }

        OptionValidationException.RequirePositive("Rho", Rho);
        InstanceDomain.RequireWithin("Horizon", Horizon, 1, 10_000_000);
        InstanceDomain.RequireWork("Dimension² × Horizon", (double)Dimension * Dimension * Horizon, 1e9);
        OptionValidationException.RequireUnitInterval("Beta1", Beta1);
        OptionValidationException.RequireUnitInterval("Beta2", Beta2);
    }
}
