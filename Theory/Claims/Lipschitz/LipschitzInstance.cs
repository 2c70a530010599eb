using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Lipschitz;

/// <summary>One Algorithm 2 case: an objective (family, seed, d), W = N(0, s²I), N samples and the estimator's seed.</summary>
public sealed record LipschitzInstance(ObjectiveFamily Family, ulong ObjectiveSeed, int Dimension, double SamplingScale, int Samples, ulong EstimatorSeed) : IValidInstance
{
    /// <summary>The objective.</summary>
    public IObjective Objective() => ObjectiveGenerator.Draw(Family, new SeededRandom(ObjectiveSeed), Dimension);

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("Dimension", Dimension, 1, 1_000);
        Optimizers.OptionValidationException.RequirePositive("SamplingScale", SamplingScale);
        InstanceDomain.RequireWithin("Samples", Samples, 1, 1_000_000);
        InstanceDomain.RequireWork("Dimension² × Samples", (double)Dimension * Dimension * Samples, 1e10);
    }
}
