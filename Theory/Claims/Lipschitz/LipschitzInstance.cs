using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Objectives.Specs;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Lipschitz;

/// <summary>
/// One Algorithm 2 case: an objective, W = N(0, s²I), N samples and the estimator's seed. The objective is written out in
/// <see cref="ObjectiveParameters"/> (as in <see cref="ConstantStep.ConstantStepInstance"/>); without it, it is regenerated
/// from (family, seed, d).
/// </summary>
public sealed record LipschitzInstance(ObjectiveFamily Family, ulong ObjectiveSeed, int Dimension, double SamplingScale, int Samples, ulong EstimatorSeed) : IValidInstance, IExplicitInstance<LipschitzInstance>
{
    /// <summary>The objective written out; null when it is to be regenerated from (family, seed, d).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ObjectiveSpec? ObjectiveParameters { get; init; }

    /// <summary>The objective.</summary>
    public IObjective Objective() => ObjectiveParameters?.Build() ?? ObjectiveGenerator.Draw(Family, new SeededRandom(ObjectiveSeed), Dimension);

    /// <inheritdoc/>
    public LipschitzInstance Explicit() => ObjectiveParameters is null ? this with { ObjectiveParameters = ObjectiveSpec.Of(Objective()) } : this;

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("Dimension", Dimension, 1, 1_000);
        ObjectiveSpec.RequireMatching(ObjectiveParameters, Family, Dimension, nameof(ObjectiveParameters));

        Optimizers.OptionValidationException.RequirePositive("SamplingScale", SamplingScale);
        InstanceDomain.RequireWithin("Samples", Samples, 1, 1_000_000);
        InstanceDomain.RequireWork("Dimension² × Samples", (double)Dimension * Dimension * Samples, 1e10);
    }
}
