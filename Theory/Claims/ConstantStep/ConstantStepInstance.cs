using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Objectives.Specs;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// One case of the 2309.08339 constant-step claims: an objective, a start w0, ρ as a multiple of γ (or absolute when
/// <paramref name="RhoIsAbsolute"/>), the horizon T and Adam's β's. The objective is written out in
/// <see cref="ObjectiveParameters"/> (every saved case has it; a hand-written one needs it, with <paramref name="Family"/>
/// and <paramref name="Dimension"/> matching it and <paramref name="ObjectiveSeed"/> unused); without it (files written
/// before parameters were saved) it is regenerated from (family, seed, d).
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
    bool BiasCorrection) : IValidInstance, IExplicitInstance<ConstantStepInstance>
{
    /// <summary>The objective written out; null when it is to be regenerated from (family, seed, d).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ObjectiveSpec? ObjectiveParameters { get; init; }

    /// <summary>The objective of this case.</summary>
    public IObjective Objective() => ObjectiveParameters?.Build() ?? ObjectiveGenerator.Draw(Family, new SeededRandom(ObjectiveSeed), Dimension);

    /// <inheritdoc/>
    public ConstantStepInstance Explicit() => ObjectiveParameters is null ? this with { ObjectiveParameters = ObjectiveSpec.Of(Objective()) } : this;

    /// <summary>
    /// Why the objective lacks a fact the constant-step claims need, or null: a finite K &gt; 0; when
    /// <paramref name="needsOptimalValue"/>, a known L* (exact or a lower bound: the bounds only grow with L0 − L*); and,
    /// when <paramref name="needsGradientBound"/>, a gradient bound γ (F1 and F4 have none: their gradients are unbounded).
    /// </summary>
    public string? MissingFacts(bool needsGradientBound = true, bool needsOptimalValue = true)
    {
        ObjectiveFacts facts = Objective().Facts;
        if (facts.SmoothnessK is not double k || !(k > 0 && double.IsFinite(k)))
        {
            return "the objective has no finite smoothness constant K > 0";
        }

        if (needsOptimalValue && facts.OptimalValue is null)
        {
            return "the objective has no known L* (nor a lower bound)";
        }

        return needsGradientBound && facts.GradientBound is null ? $"the objective has no gradient bound γ ({Family} has unbounded gradients)" : null;
    }

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
        ObjectiveSpec.RequireMatching(ObjectiveParameters, Family, Dimension, nameof(ObjectiveParameters));
    }
}
