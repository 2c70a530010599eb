using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// <c>sign-ratio-bound-tight</c> (docs/claims.md#sign-ratio-bound-tight [REC]): the bound R is attained in the limit. On the extremal
/// sequence g_s ∝ (β2/β1)^s with T = min(4000, ⌊230/|ln(β2/β1)|⌋) (no bias correction, ε = 0), u_t equals
/// B_t = (1−β1)/√(1−β2)·√((1−q^t)/(1−q)) to 1e-9 relative at every t, and u_T ≥ R(1 − 1e-6) whenever q^T &lt; 1e-12.
/// For β1 = 0 the extremal sequence is one nonzero gradient and u_1 = R = 1/√(1−β2).
/// Budgets: 200 / 1,000 / 4,000 cases.
/// </summary>
public sealed class SignRatioTightClaim : InstanceClaim<SignRatioInstance>
{
    private readonly Func<double, double, long, double> _closedForm;
    private readonly Func<SignRatioInstance, double[]> _trace;

    /// <summary>Relative agreement required with the closed form.</summary>
    public const double ClosedFormTolerance = 1e-9;

    /// <summary>How close to R the last ratio must come once q^T &lt; 1e-12.</summary>
    public const double AttainmentTolerance = 1e-6;

    /// <summary>
    /// Creates the claim; <paramref name="closedForm"/> (β1, β2, t) ↦ B_t and <paramref name="trace"/> default to
    /// <see cref="SignRatioBound.AtStep"/> and the reference update (replace them to plant a fault).
    /// </summary>
    public SignRatioTightClaim(Func<double, double, long, double>? closedForm = null, Func<SignRatioInstance, double[]>? trace = null)
    {
        _closedForm = closedForm ?? SignRatioBound.AtStep;
        _trace = trace ?? SignRatioTrace.Compute;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update bias-corrects both moments although the variant has no bias correction", FaultTarget.Update, () => new SignRatioTightClaim(trace: i => SignRatioTrace.Compute(i with { BiasCorrection = true }))),
        new PlantedFault("closed form with q = β1/β2 in place of β1²/β2", FaultTarget.Oracle, () => new SignRatioTightClaim(closedForm: (b1, b2, t) => (1 - b1) / Math.Sqrt(1 - b2) * Math.Sqrt((1 - Math.Pow(b1 / b2, t)) / (1 - (b1 / b2))))),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "sign-ratio-bound-tight",
        Citation: new("Peng et al., arXiv 2507.05966", "Lemma B.2, tightness", "[REC] docs/claims.md#sign-ratio-bound-tight"),
        Statement: "R is the best constant: on g_s ∝ (β2/β1)^s, |m_t|/√v_t equals (1−β1)/√(1−β2)·√((1−q^t)/(1−q)), q = β1²/β2, at every t, which increases to R.",
        Hypotheses: "β1² < β2; no bias correction; ε = 0; the sequence is the extremal one with |ln g_s| ≤ 115.",
        Variant: "no bias correction, ε = 0 (2309.08339 Algorithm 1 with ρ = 0)",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(200, 1_000, 4_000))
    {
        Presets = [AdamPresets.ConstantStepAlgorithm1],
        Networks = new(NetworkUse.NotApplicable, "tightness is attained on the extremal sequence g_s ∝ (β2/β1)^s, which training does not produce; sign-ratio-bound@networks reports the largest u_t/R along training instead."),
    };

    /// <inheritdoc/>
    public override SignRatioInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double b1 = random.Bernoulli(0.1) ? 0 : random.Uniform(0.01, 0.995);
        double b2 = random.Uniform((b1 * b1) + 1e-4, 0.99999);
        int horizon = ExtremalSequence.MaxHorizon(b1, b2, 4000);
        return new SignRatioInstance(b1, b2, 0, false, EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.NearExtremal, ExtremalSequence.Build(b1, b2, horizon));
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Beta1 * instance.Beta1 >= instance.Beta2)
        {
            return "β1² < β2 fails";
        }

        if (instance.BiasCorrection || instance.Epsilon != 0)
        {
            return "not the no-bias-correction, ε = 0 variant";
        }

        return instance.Gradients.Any(v => !(Math.Abs(Math.Log(Math.Abs(v))) <= 115.0001)) ? "|ln g_s| > 115" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double[] u = _trace(instance);
        double worst = 0;
        long worstT = 1;
        for (int t = 1; t <= u.Length; t++)
        {
            double closed = _closedForm(instance.Beta1, instance.Beta2, t);
            double err = Math.Abs(u[t - 1] - closed) / closed;
            if (err > worst || double.IsNaN(err))
            {
                worst = err;
                worstT = t;
            }
        }

        double r = SignRatioBound.R(instance.Beta1, instance.Beta2);
        double q = SignRatioBound.Q(instance.Beta1, instance.Beta2);
        int horizon = u.Length;
        bool saturated = Math.Pow(q, horizon) < 1e-12;
        double shortfall = 1 - (u[^1] / r);
        bool attains = !saturated || shortfall <= AttainmentTolerance;
        double observable = Math.Max(worst / ClosedFormTolerance, saturated ? shortfall / AttainmentTolerance : 0);
        return new CaseOutcome(
            worst <= ClosedFormTolerance && attains,
            observable,
            string.Create(CultureInfo.InvariantCulture, $"T = {horizon}, max relative error to B_t = {worst:G3} at t = {worstT}; u_T/R = {u[^1] / r:R} (q^T = {Math.Pow(q, horizon):G3})"));
    }

    /// <inheritdoc/>
    public override IEnumerable<SignRatioInstance> Shrink(SignRatioInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (int digits in new[] { 1, 2, 3 })
        {
            double b1 = Math.Round(instance.Beta1, digits), b2 = Math.Round(instance.Beta2, digits);
            if ((b1 != instance.Beta1 || b2 != instance.Beta2) && b2 > 0 && b2 < 1 && b1 * b1 < b2)
            {
                yield return instance with { Beta1 = b1, Beta2 = b2, Gradients = ExtremalSequence.Build(b1, b2, ExtremalSequence.MaxHorizon(b1, b2, 4000)) };
            }
        }
    }

    /// <inheritdoc/>
    public override string Describe(SignRatioInstance instance) => SignRatioShrinker.Describe(instance);
}
