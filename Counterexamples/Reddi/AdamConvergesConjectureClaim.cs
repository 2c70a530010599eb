using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>adam-converges-for-all-beta1-below-sqrt-beta2</c>, expected Refuted: the naive conjecture "Adam's average regret
/// vanishes on every online convex problem whenever β1 &lt; √β2", refuted by Reddi et al.'s period-C construction
/// (Theorem 2 [SRC]; sufficient constants [SEC]; docs/claims.md#reddi-any-beta, and the "existence region" reading of §2). The conclusion
/// checked on an instance: the mean per-period regret over the last 20 of 100 periods is below 1 (it is ≥ 2 once Adam
/// saturates at +1). The counterexample is shrunk toward round (β1, β2), α = 1, x1 = 0, no bias correction, ε = 0 and
/// a small C, and printed with its (β1, β2, C).
/// </summary>
public sealed class AdamConvergesConjectureClaim : InstanceClaim<ReddiOnlineInstance>
{
    /// <summary>Periods run.</summary>
    public const int Periods = 100;

    private readonly double _regretSign;

    /// <summary>Creates the claim; <paramref name="regretSign"/> is +1 for regret Σ f_t(x_t) − f_t(x*) (−1 plants a regret oracle that subtracts the wrong way round).</summary>
    public AdamConvergesConjectureClaim(double regretSign = 1)
    {
        _regretSign = regretSign;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the regret oracle subtracts the wrong way round (f_t(x*) − f_t(x_t))", FaultTarget.Oracle, () => new AdamConvergesConjectureClaim(regretSign: -1)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "adam-converges-for-all-beta1-below-sqrt-beta2",
        Citation: new("conjecture refuted by Reddi, Kale & Kumar, ICLR 2018", "Theorem 2", "[SRC]; constants [SEC]; docs/claims.md#adam-converges-for-all-beta1-below-sqrt-beta2"),
        Statement: "Conjecture: for every 0 ≤ β1 < √β2 < 1, Adam (α/√t, projected) has vanishing average regret on every online linear problem over [−1, 1]: the mean regret per period over the last 20 of 100 periods is < 1.",
        Hypotheses: "0 ≤ β1 < √β2 < 1; the problem is any period-C problem f_t = Cx once per period, −x otherwise (here C from the sufficient constants, C ≤ 4,000).",
        Variant: "Reddi's ADAM or Kingma–Ba, α/√t, projection onto [−1, 1]",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(20, 100, 1_000))
    {
        Presets = [AdamPresets.ReddiAdam, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "a conjecture about online linear problems over [−1, 1], refuted by construction."),
    };

    /// <inheritdoc/>
    public override int MinimumMeetingHypotheses(int cases) => Math.Max(1, cases / 5);

    /// <inheritdoc/>
    public override ReddiOnlineInstance Generate(SeededRandom random)
    {
        return ReddiOnlineInstance.DrawTheorem2(random, Periods, ReddiAnyBetaClaim.MaxPeriod);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!(instance.Beta1 >= 0 && instance.Beta2 > 0 && instance.Beta2 < 1 && instance.Beta1 < Math.Sqrt(instance.Beta2)))
        {
            return "β1 ≥ √β2";
        }

        return instance.Period > ReddiAnyBetaClaim.MaxPeriod ? "C > 4,000" : instance.Periods < 20 ? "fewer than the 20 periods the tail regret averages" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        (double[] starts, double[] regrets) = instance.Run();

        double tail = _regretSign * regrets[^20..].Average();
        return new CaseOutcome(tail < 1, tail, string.Create(CultureInfo.InvariantCulture, $"(β1, β2, C) = ({instance.Beta1:G4}, {instance.Beta2:G4}, {instance.Period}): mean regret per period over the last 20 periods {tail:G6} (< 1 conjectured); last period starts at x = {starts[^1]:G6}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<ReddiOnlineInstance> Shrink(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var candidates = new List<ReddiOnlineInstance>();
        void Add(double b1, double b2, double alpha, bool bc, double eps, double start)
        {
            if (b2 > 0 && b2 < 1 && b1 >= 0 && b1 < Math.Sqrt(b2) && ReddiConstructions.Theorem2Period(b1, b2, ReddiAnyBetaClaim.MaxPeriod) is not null)
            {
                ReddiOnlineInstance c = ReddiOnlineInstance.Theorem2(b1, b2, alpha, bc, eps, start, Periods, ReddiAnyBetaClaim.MaxPeriod);
                if (c != instance && c.Period <= instance.Period)
                {
                    candidates.Add(c);
                }
            }
        }

        ReddiOnlineInstance i = instance;
        Add(0, i.Beta2, i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(Math.Round(i.Beta1, 1), i.Beta2, i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, Math.Round(i.Beta2, 1), i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, Math.Round(i.Beta2, 2), i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, 0.5, i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, Math.Round(i.Beta2 / 2, 2), i.Alpha, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, i.Beta2, 1, i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, i.Beta2, Math.Round(i.Alpha, 1), i.BiasCorrection, i.Epsilon, i.Start);
        Add(i.Beta1, i.Beta2, i.Alpha, false, i.Epsilon, i.Start);
        Add(i.Beta1, i.Beta2, i.Alpha, i.BiasCorrection, 0, i.Start);
        Add(i.Beta1, i.Beta2, i.Alpha, i.BiasCorrection, i.Epsilon, 0);
        return candidates;
    }

    /// <inheritdoc/>
    public override string Describe(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"(β1, β2, C) = ({instance.Beta1:G4}, {instance.Beta2:G4}, {instance.Period}); ") + instance.Describe();
    }
}
