namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.5: the horizon T ∈ {20, 50, 150} (CI: 10, 20, 40), α_ours = √(2L(w0)/(K̂T)) against the exponential scheduler.</summary>
public sealed class HorizonExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Name => "horizon";

    /// <inheritdoc/>
    public string Question => "§5.5: does α_ours keep its advantage when the horizon T changes?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        var arms = new List<Arm>();
        foreach (int t in Horizons(scale))
        {
            TrainingSettings s = settings with { Epochs = t };
            arms.Add(BaseSettings.AlphaOurs(s, $"α_ours, T = {t}"));
            arms.Add(PaperSchedulers.Arms(s).Single(a => a.Label == "Exponential") with { Label = $"Exponential, T = {t}" });
        }

        return arms;
    }

    /// <summary>The horizons at <paramref name="scale"/> (paper: 20, 50, 150 epochs; CI: 10, 20, 40).</summary>
    public static IReadOnlyList<int> Horizons(ExperimentScale scale) => scale == ExperimentScale.Paper ? [20, 50, 150] : [10, 20, 40];
}
