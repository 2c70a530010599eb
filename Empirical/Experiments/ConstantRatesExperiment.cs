using System.Globalization;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>§5.2 (2), Figure 2: α_ours against the constant rates {1e−1, …, 1e−5, α_ours/2, 2α_ours}, full batch.</summary>
public sealed class ConstantRatesExperiment : IExperiment
{
    /// <summary>The α_ours that Figure 2 prints for the 3×1000 MLP, full batch (Figure 1 prints 0.045 for the same setup).</summary>
    public const double PaperAlphaOurs = 0.046;

    private static readonly double[] Rates = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5];

    /// <summary>
    /// The constant rates the claim's α_ours must beat: 10⁻² … 10⁻⁵ and Figure 2's printed α_ours/2 = 0.023 and 2α_ours = 0.092,
    /// each times <paramref name="factor"/>. 10⁻¹ is left out: the paper reports it slightly lower than α_ours.
    /// </summary>
    public static IReadOnlyList<double> ClaimRates(double factor) =>
        [.. Rates.Where(r => r < 1e-1).Append(PaperAlphaOurs / 2).Append(2 * PaperAlphaOurs).Select(r => r * factor)];

    /// <summary>The arms of <see cref="ClaimRates"/> at <paramref name="settings"/>, labelled as the experiment labels its fixed rates.</summary>
    public static IEnumerable<Arm> ClaimArms(TrainingSettings settings, double factor) => ClaimRates(factor).Select(rate => RateArm(settings, rate));

    /// <inheritdoc/>
    public string Name => "constants";

    /// <inheritdoc/>
    public string Question => "§5.2 (2): does α_ours do as well as the best of the constant rates 1e-1…1e-5, α_ours/2 and 2α_ours?";

    /// <inheritdoc/>
    public IReadOnlyList<Arm> Arms(ExperimentScale scale)
    {
        TrainingSettings settings = BaseSettings.For(scale);
        return
        [
            BaseSettings.AlphaOurs(settings),
            new("α_ours/2", settings, c => new ConstantSchedule(c.AlphaOurs / 2)),
            new("2α_ours", settings, c => new ConstantSchedule(2 * c.AlphaOurs)),
            .. Rates.Select(rate => RateArm(settings, rate)),
        ];
    }

    /// <summary>The arm at the fixed rate <paramref name="rate"/>, labelled "LR = " and the rate to two significant digits (invariant culture).</summary>
    private static Arm RateArm(TrainingSettings settings, double rate) =>
        new(string.Create(CultureInfo.InvariantCulture, $"LR = {rate:G2}"), settings, _ => new ConstantSchedule(rate));
}
