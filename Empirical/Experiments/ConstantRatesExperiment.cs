using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.2 (2), Figure 2: α_ours against the constant rates {1e−1, …, 1e−5, α_ours/2, 2α_ours}, full batch.</summary>
public sealed class ConstantRatesExperiment : IExperiment
{
    private static readonly double[] Rates = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5];

    /// <inheritdoc/>
    public string Name => "constants";

    /// <inheritdoc/>
    public string Question => "§5.2 (2): does α_ours do as well as the best of the constant rates 1e-1…1e-5, α_ours/2 and 2α_ours?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        var arms = new List<Arm>
        {
            BaseSettings.AlphaOurs(settings),
            new("α_ours/2", settings, c => new ConstantSchedule(c.AlphaOurs / 2)),
            new("2α_ours", settings, c => new ConstantSchedule(2 * c.AlphaOurs)),
        };
        foreach (double rate in Rates)
        {
            arms.Add(new Arm($"LR = {rate:G1}", settings, _ => new ConstantSchedule(rate)));
        }

        return arms;
    }
}
