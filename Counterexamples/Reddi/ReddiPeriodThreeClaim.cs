using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>reddi-period3</c> (Reddi, Kale &amp; Kumar 2018, Theorem 1 [SRC]; docs/claims.md#reddi-period3), expected Held. On
/// f_t = C·x (t mod 3 = 1), −x otherwise, over [−1, 1] with β1 = 0 and β2 = 1/(1+C²), Adam reaches x = +1 (the worst
/// point) at some period start k0 and stays there: every later period starts exactly at +1 and has regret ≥ 2C − 4.
/// Cases: C ~ U(2.05, 50], α ~ U(0.2, 0.999)·√(1−β2), α/√t or constant, x1 ~ U[−1, 1], bias correction on/off,
/// ε ∈ {0, 1e-8}; 3,000 periods. Budgets: 60 / 300 / 3,000 cases.
/// </summary>
public sealed class ReddiPeriodThreeClaim : InstanceClaim<ReddiOnlineInstance>
{
    private static readonly double[] Epsilons = [0, 1e-8];
    private readonly double _regretSlack;
    private readonly Func<AdamOptions, AdamOptions>? _update;

    /// <summary>Creates the claim; <paramref name="regretSlack"/> is subtracted from 2C − 4 (0; a negative value plants a too-strong regret bound).</summary>
    public ReddiPeriodThreeClaim(double regretSlack = 0, Func<AdamOptions, AdamOptions>? update = null)
    {
        _update = update;
        _regretSlack = regretSlack;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "reddi-period3",
        Citation: new("Reddi, Kale & Kumar, ICLR 2018 (arXiv 1904.09237)", "Theorem 1", "[SRC] construction; α < √(1−β2) and the regret per period [SEC]"),
        Statement: "On f_t = Cx (t mod 3 = 1), −x otherwise, over [−1, 1], Adam with β1 = 0, β2 = 1/(1+C²) reaches x = +1 at some period start and stays: every later period starts at +1 and has regret ≥ 2C − 4, so R_T/T ↛ 0.",
        Hypotheses: "C > 2; β1 = 0; β2 = 1/(1+C²); α ≥ 0.2·√(1−β2) and α < √(1−β2).",
        Variant: "Reddi's ADAM (no bias correction, ε inside the root) or Kingma–Ba; projection onto [−1, 1]",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(60, 300, 3_000))
    {
        Presets = [AdamPresets.ReddiAdam, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "a statement about one online linear construction over [−1, 1], not about a family of objectives."),
    };

    /// <inheritdoc/>
    public override ReddiOnlineInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double c = random.Uniform(2.05, 50);
        double b2 = ReddiConstructions.Theorem1Beta2(c);
        return new ReddiOnlineInstance(c, 3, 1, 0, b2, random.Uniform(0.2, 0.999) * Math.Sqrt(1 - b2), random.Bernoulli(0.5), random.Bernoulli(0.5), random.Choose(Epsilons), random.Uniform(-1, 1), 3_000);
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("AMSGrad's running maximum of v in place of Adam's update", FaultTarget.Update, () => new ReddiPeriodThreeClaim(update: o => o.With(amsGrad: AmsGradForm.MaxOfV)), Cases: 20),
        new PlantedFault("regret bar 2C − 3 (one more than the theorem's)", FaultTarget.Oracle, () => new ReddiPeriodThreeClaim(regretSlack: -1), Cases: 10),
    ];

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double limit = Math.Sqrt(1 - instance.Beta2);
        if (instance.Period != 3 || instance.LargeGradient <= 2 || instance.Beta1 != 0 || Math.Abs(instance.Beta2 - ReddiConstructions.Theorem1Beta2(instance.LargeGradient)) > 1e-15)
        {
            return "not Thm 1's construction";
        }

        return instance.Alpha >= 0.2 * limit && instance.Alpha < limit ? null : "α outside [0.2, 1)·√(1−β2)";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        (double[] starts, double[] regrets) = instance.Run(_update);
        double needed = (2 * instance.LargeGradient) - 4 - _regretSlack;
        return ReddiSaturation.Judge(starts, regrets, needed, (k0, worst) => string.Create(CultureInfo.InvariantCulture, $"saturated at period k0 = {k0}; least later period regret {worst:G6} vs 2C − 4 = {(2 * instance.LargeGradient) - 4:G6}; average regret per step {regrets.Sum() / (3.0 * regrets.Length):G4}"));
    }

    /// <inheritdoc/>
    public override string Describe(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }
}
