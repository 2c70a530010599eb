using System.Globalization;
using Adam.Verification.Theory.Claims;
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
    int Periods) : IValidInstance
{
    private static readonly double[] Epsilons = [0, 1e-8];

    /// <summary>
    /// Thm 2's instance for (β1, β2): period and large gradient C from the sufficient constants
    /// (<see cref="ReddiConstructions.Theorem2Period"/>; one past <paramref name="maxPeriod"/> when larger), step α/√t.
    /// </summary>
    public static ReddiOnlineInstance Theorem2(double beta1, double beta2, double alpha, bool biasCorrection, double epsilon, double start, int periods, int maxPeriod)
    {
        int c = ReddiConstructions.Theorem2Period(beta1, beta2, maxPeriod + 2) ?? (maxPeriod + 2);
        return new ReddiOnlineInstance(c, c, 1, beta1, beta2, alpha, true, biasCorrection, epsilon, start, periods);
    }

    /// <summary>
    /// Draws Thm 2's instance as docs/claims.md#reddi-any-beta does: β2 ~ U(0.05, 0.99), β1 ~ U(0, 0.999·√β2), α ~ U(0.05, 1),
    /// bias correction on or off, ε ∈ {0, 1e-8}, x1 ~ U[−1, 1].
    /// </summary>
    public static ReddiOnlineInstance DrawTheorem2(Theory.Randomness.SeededRandom random, int periods, int maxPeriod)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b2 = random.Uniform(0.05, 0.99);
        double b1 = random.Uniform(0, 0.999 * Math.Sqrt(b2));
        return Theorem2(b1, b2, random.Uniform(0.05, 1), random.Bernoulli(0.5), random.Choose(Epsilons), random.Uniform(-1, 1), periods, maxPeriod);
    }

    /// <summary>The problem.</summary>
    public PeriodicLinearProblem Problem() => new(LargeGradient, Period, SmallGradient);

    /// <summary>The Adam variant (without the box; <see cref="OnlineRun"/> adds it).</summary>
    public AdamOptions Options() => (BiasCorrection ? AdamPresets.KingmaBa : AdamPresets.ReddiAdam).Template.With(alpha: Alpha, beta1: Beta1, beta2: Beta2, epsilon: Epsilon);

    /// <summary>α/√t or the constant α.</summary>
    public IStepSchedule Schedule() => DecayingStep ? InversePowerSchedule.InverseSqrt(Alpha) : new ConstantSchedule(Alpha);

    /// <summary>Runs the instance.</summary>
    public (double[] PeriodStarts, double[] PeriodRegrets) Run() => Run(null);

    /// <summary>Runs the periods with the update's options transformed by <paramref name="update"/> (a planted fault), or as stated when null.</summary>
    public (double[] PeriodStarts, double[] PeriodRegrets) Run(Func<AdamOptions, AdamOptions>? update) =>
        OnlineRun.Run(Problem(), update is null ? Options() : update(Options()), Schedule(), Start, Periods);

    /// <summary>The instance in paper form.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"period P = {Period}: g = ({LargeGradient:G6}, {(Period > 2 ? "−" + SmallGradient.ToString("G4", CultureInfo.InvariantCulture) + " ×" + (Period - 1).ToString(CultureInfo.InvariantCulture) : "−" + SmallGradient.ToString("G4", CultureInfo.InvariantCulture))}) on [−1, 1]; β1 = {Beta1:G4}, β2 = {Beta2:G6}, α = {Alpha:G4}{(DecayingStep ? "/√t" : " constant")}, {(BiasCorrection ? "bias-corrected, ε outside √v̂" : "no bias correction, ε inside the root")}, ε = {Epsilon:G2}, x1 = {Start:G4}, {Periods} periods");

    /// <inheritdoc/>
    public void Validate()
    {
        _ = Options();
        InstanceDomain.RequireWithin("Period", Period, 2, 100_000);
        InstanceDomain.RequireWithin("Periods", Periods, 1, 1_000_000);
        if ((long)Period * Periods > 100_000_000)
        {
            throw new ArgumentException($"Period × Periods must be at most 1e8 steps (a replay must end); got {(long)Period * Periods}.");
        }

        OptionValidationException.RequirePositive("Alpha", Alpha);
        InstanceDomain.RequireFiniteSequence("LargeGradient, SmallGradient, Start", [LargeGradient, SmallGradient, Start], minimum: 3);
        if (Math.Abs(Start) > 1)
        {
            throw new ArgumentException($"Start must lie in the feasible set [−1, 1]; got {Start:R}.");
        }
    }
}
