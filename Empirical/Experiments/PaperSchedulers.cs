using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// The seven schedulers of arXiv 2309.08339 §5 (i)–(vii), stepped once per epoch over the horizon T. The paper tuned
/// their hyper-parameters (its Table 2, Appendix C.2, is not in our copy), so these are our documented choices, all
/// from the base rate α0 (default 1e−3, torch.optim.Adam's default): linear decay to 0 over T; step decay ×0.1 every
/// 0.3·T epochs (torch StepLR's 30 of 100); α0/√t; α0/(1 + 0.5(t−1)); exponential α0·0.95^(t−1); one-cycle with
/// peak α0 and torch's defaults; cosine from α0 to 0 over T.
/// </summary>
public static class PaperSchedulers
{
    private static readonly (string Label, Func<double, long, IStepSchedule> Build)[] Table =
    [
        ("Linear", (alpha, horizon) => new LinearSchedule(alpha, horizon)),
        ("Step", (alpha, horizon) => new StepDecaySchedule(alpha, Math.Max(1, (long)Math.Round(0.3 * horizon)), 0.1)),
        ("Square root", (alpha, _) => new SquareRootDecaySchedule(alpha)),
        ("Inverse time", (alpha, _) => new InverseTimeSchedule(alpha, 0.5)),
        ("Exponential", (alpha, _) => new ExponentialSchedule(alpha, 0.95)),
        ("One cycle", (alpha, horizon) => new OneCycleSchedule(alpha, Math.Max(2, horizon))),
        ("Cosine", (alpha, horizon) => new CosineSchedule(alpha, horizon)),
    ];

    /// <summary>The base rate α0 every scheduler starts from: torch.optim.Adam's default.</summary>
    public const double BaseAlpha = 1e-3;

    /// <summary>The seven schedules for horizon <paramref name="horizon"/> from base rate <paramref name="baseAlpha"/>.</summary>
    public static IReadOnlyList<(string Label, IStepSchedule Schedule)> All(double baseAlpha, long horizon) =>
        [.. Table.Select(entry => (entry.Label, entry.Build(baseAlpha, horizon)))];

    /// <summary>The seven schedulers as arms of <paramref name="settings"/>.</summary>
    public static IEnumerable<Arm> Arms(TrainingSettings settings, double baseAlpha = BaseAlpha)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Table.Select(entry => new Arm(entry.Label, settings, c => entry.Build(baseAlpha, c.Steps)));
    }
}
