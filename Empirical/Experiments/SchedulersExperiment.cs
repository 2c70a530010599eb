namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// §5.2 (1), Figure 1: α_ours against the seven schedulers, full batch. Also sweeps Algorithm 2's sampling scale
/// s ∈ {1, 1.5, 2, 3} of W, one α_ours arm each, so the dependence of α_ours on the unspecified W is visible.
/// </summary>
public sealed class SchedulersExperiment : IExperiment
{
    /// <summary>The sampling scales swept.</summary>
    public static IReadOnlyList<double> SamplingScales { get; } = [1, 1.5, 2, 3];

    /// <inheritdoc/>
    public string Name => "schedulers";

    /// <inheritdoc/>
    public string Question => "§5.2 (1): does the constant α_ours drive ‖∇L‖ lower than the seven schedulers (and how does α_ours depend on W's scale s)?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        var arms = SamplingScales.Select(s => BaseSettings.AlphaOurs(settings with { SamplingScale = s }, s == 1 ? "α_ours" : $"α_ours (s = {s})")).ToList();
        arms.AddRange(PaperSchedulers.Arms(settings));
        return arms;
    }
}
