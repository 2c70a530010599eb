using System.Globalization;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// One run of a Reddi-type online problem: f_t = C·x once per period P, −s·x otherwise, on [−1, 1]; Adam with (β1, β2),
/// bias correction (Kingma–Ba, ε outside √v̂) or not (Reddi's ADAM, ε inside the root), step α/√t or constant α, from x1.
/// </summary>
public sealed record ReddiOnlineInstance(
    double LargeGradient,
    int Period,
    double SmallGradient,
    double Beta1,
    double Beta2,
    double Alpha,
    bool DecayingStep,
    bool BiasCorrection,
    double Epsilon,
    double Start,
    int Periods)
{
    /// <summary>The problem.</summary>
    public PeriodicLinearProblem Problem() => new(LargeGradient, Period, SmallGradient);

    /// <summary>The Adam variant (without the box; <see cref="OnlineRun"/> adds it).</summary>
    public AdamOptions Options() => (BiasCorrection ? AdamPresets.KingmaBa : AdamPresets.ReddiAdam).Template.With(alpha: Alpha, beta1: Beta1, beta2: Beta2, epsilon: Epsilon);

    /// <summary>α/√t or the constant α.</summary>
    public IStepSchedule Schedule() => DecayingStep ? InversePowerSchedule.InverseSqrt(Alpha) : new ConstantSchedule(Alpha);

    /// <summary>Runs the instance.</summary>
    public (double[] PeriodStarts, double[] PeriodRegrets) Run() => OnlineRun.Run(Problem(), Options(), Schedule(), Start, Periods);

    /// <summary>The instance in paper form.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"period P = {Period}: g = ({LargeGradient:G6}, {(Period > 2 ? "−" + SmallGradient.ToString("G4", CultureInfo.InvariantCulture) + " ×" + (Period - 1).ToString(CultureInfo.InvariantCulture) : "−" + SmallGradient.ToString("G4", CultureInfo.InvariantCulture))}) on [−1, 1]; β1 = {Beta1:G4}, β2 = {Beta2:G6}, α = {Alpha:G4}{(DecayingStep ? "/√t" : " constant")}, {(BiasCorrection ? "bias-corrected, ε outside √v̂" : "no bias correction, ε inside the root")}, ε = {Epsilon:G2}, x1 = {Start:G4}, {Periods} periods");
}
