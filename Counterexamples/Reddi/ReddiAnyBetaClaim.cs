using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Counterexamples.Reddi;

/// <summary>
/// <c>reddi-any-beta</c> (Reddi et al. 2018, Theorem 2 [SRC]; constants [SEC]; docs/claims.md#reddi-any-beta), expected Held. For
/// random β1 &lt; √β2 the period-C problem built from the sufficient constants (C = 2N, β2^N·C² ≤ 1,
/// N·√(1−β2)·(1−β1/√β2) ≥ 4) drives Adam to +1: from some period on every period starts at +1 and has regret ≥ 2.
/// Cases: β2 ~ U(0.05, 0.99), β1 ~ U(0, 0.999·√β2), α ~ U(0.05, 1) with α/√t, bias correction on/off,
/// ε ∈ {0, 1e-8}, x1 ~ U[−1, 1], 80 periods; cases with C &gt; 4,000 do not meet the hypotheses.
/// Budgets: 20 / 100 / 1,000 cases.
/// </summary>
public sealed class ReddiAnyBetaClaim : InstanceClaim<ReddiOnlineInstance>
{
    /// <summary>The largest period run.</summary>
    public const int MaxPeriod = 4_000;

    private readonly double _requiredRegret;
    private readonly Func<AdamOptions, AdamOptions>? _update;

    /// <summary>Creates the claim; <paramref name="requiredRegret"/> is the per-period regret bar (2; a larger value plants a too-strong conclusion).</summary>
    public ReddiAnyBetaClaim(double requiredRegret = 2, Func<AdamOptions, AdamOptions>? update = null)
    {
        _update = update;
        _requiredRegret = requiredRegret;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "reddi-any-beta",
        Citation: new("Reddi, Kale & Kumar, ICLR 2018", "Theorem 2", "[SRC] statement; sufficient constants [SEC] (machine-checked formalisation)"),
        Statement: "For every β1 < √β2 there is an online convex problem (period C = 2N from the sufficient constants) on which Adam ends at x = +1: every period from some k0 on starts at +1 with regret ≥ 2.",
        Hypotheses: "0 ≤ β1 < √β2 < 1; C = 2N minimal with β2^N·C² ≤ 1 and N·√(1−β2)·(1−β1/√β2) ≥ 4; C ≤ 4,000.",
        Variant: "Reddi's ADAM or Kingma–Ba, α/√t, projection onto [−1, 1]",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(20, 100, 1_000))
    {
        Presets = [AdamPresets.ReddiAdam, AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "a statement about Reddi et al.'s period-C online linear construction, not about a family of objectives."),
    };

    /// <inheritdoc/>
    public override int MinimumMeetingHypotheses(int cases) => Math.Max(1, cases / 5);

    /// <inheritdoc/>
    public override ReddiOnlineInstance Generate(SeededRandom random)
    {
        return ReddiOnlineInstance.DrawTheorem2(random, 80, MaxPeriod);
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta1 >= Math.Sqrt(instance.Beta2))
        {
            return "β1 ≥ √β2";
        }

        if (instance.Period > MaxPeriod)
        {
            return "C > 4,000";
        }

        return instance.Period == ReddiConstructions.Theorem2Period(instance.Beta1, instance.Beta2, MaxPeriod) && instance.LargeGradient == instance.Period ? null : "C is not the sufficient-constants period";
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("AMSGrad's running maximum of v in place of Adam's update", FaultTarget.Update, () => new ReddiAnyBetaClaim(update: o => o.With(amsGrad: AmsGradForm.MaxOfV))),
    ];

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        (double[] starts, double[] regrets) = instance.Run(_update);
        return ReddiSaturation.Judge(starts, regrets, _requiredRegret, (k0, worst) => string.Create(CultureInfo.InvariantCulture, $"C = {instance.Period}: saturated at period k0 = {k0} of {instance.Periods}; least later period regret {worst:G6} (≥ {_requiredRegret:G3} required)"));
    }

    /// <inheritdoc/>
    public override string Describe(ReddiOnlineInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }
}
