namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// §5.2 (1), Figure 1: α_ours against the seven schedulers, full batch. Also sweeps Algorithm 2's sampling scale
/// s ∈ {1, 1.5, 2, 3} of W, one α_ours arm each, so the dependence of α_ours on the unspecified W is visible, and adds
/// the arm whose W is calibrated so that α_ours equals the paper's reported <see cref="PaperAlphaOurs"/>
/// (<see cref="ScaleCalibration"/>): the paper's own step size, reached through Algorithm 2 as the paper reaches it.
/// </summary>
public sealed class SchedulersExperiment : IExperiment
{
    /// <summary>α_ours as arXiv 2309.08339 reports it for this setup (Figure 1: MLP 3×1000, mini-MNIST, T = 100).</summary>
    public const double PaperAlphaOurs = 0.045;

    /// <summary>The label of the calibrated arm (the claim judges it).</summary>
    public const string CalibratedLabel = "α_ours (W calibrated to 0.045)";

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
        arms.Add(BaseSettings.AlphaOurs(settings with { TargetAlphaOurs = PaperAlphaOurs }, CalibratedLabel));
        arms.AddRange(PaperSchedulers.Arms(settings));
        return arms;
    }
}
