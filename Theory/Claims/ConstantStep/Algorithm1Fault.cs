namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// A fault planted in an Algorithm 1 run: the smoothness constant K the run is told (an oracle the step and the bound
/// trust) and the step the implementation actually takes, each as a multiple of the true one.
/// </summary>
/// <param name="ReportedKScale">The K the run is told, as a multiple of the objective's K (1: no fault).</param>
/// <param name="StepScale">The step the update takes, as a multiple of Theorem 1's α (1: no fault).</param>
/// <param name="RecordedNormScale">The gradient norm the run records, as a multiple of the true ‖∇L‖ (1: no fault).</param>
public sealed record Algorithm1Fault(double ReportedKScale = 1, double StepScale = 1, double RecordedNormScale = 1)
{
    /// <summary>No fault.</summary>
    public static Algorithm1Fault None { get; } = new();
}
