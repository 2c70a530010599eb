using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>Each mutation with the preset it claims to implement (the preset its trace is checked against).</summary>
public static class MutantCatalogue
{
    /// <summary>(mutation, claimed preset) for all twelve mutations.</summary>
    public static IReadOnlyList<(Mutation Mutation, string Preset)> All { get; } =
    [
        (Mutation.EpsilonScaledByBiasCorrection, "kingma-ba"),
        (Mutation.SecondMomentNotBiasCorrected, "kingma-ba"),
        (Mutation.AmsGradMaxOverCorrectedV, "amsgrad-pytorch"),
        (Mutation.AmsGradStateNotStored, "amsgrad-pytorch"),
        (Mutation.StepCounterPerParameter, "kingma-ba"),
        (Mutation.BetasSwapped, "kingma-ba"),
        (Mutation.CoupledDecayClaimedDecoupled, "adamw"),
        (Mutation.DecayNotScaledByLearningRate, "adamw"),
        (Mutation.OffByOneStep, "kingma-ba"),
        (Mutation.NonFiniteGradientZeroed, "kingma-ba"),
        (Mutation.MomentumUpdatedAfterParameter, "kingma-ba"),
        (Mutation.Float32StepCounter, "kingma-ba"),
    ];

    /// <summary>Records the mutant on a request, as a trace claiming <paramref name="preset"/>.</summary>
    public static OptimizerTrace Record(Mutation mutation, string preset, OptimizerTrace request)
    {
        ArgumentNullException.ThrowIfNull(request);
        AdamOptions options = TraceVariant.Configure(preset, request.Hyperparameters);
        var mutant = new MutantAdam(mutation, options, request.Dimension);
        double[] x = (double[])request.Initial.Clone();
        var steps = new List<TraceStep>(request.Steps.Count);
        foreach (TraceStep s in request.Steps)
        {
            mutant.Step(x, s.Gradient, s.Lr);
            steps.Add(s with { Parameters = (double[])x.Clone(), M = [.. mutant.M], V = [.. mutant.V], VMax = options.AmsGrad == AmsGradForm.None ? null : [.. mutant.VMax] });
        }

        return request with { Implementation = $"mutant {mutation}", Variant = preset, Steps = steps };
    }
}
