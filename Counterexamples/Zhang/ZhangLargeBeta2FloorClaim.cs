using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// <c>zhang-large-beta2-floor</c> (Zhang, Chen, Shi, Sun &amp; Luo, NeurIPS 2022, Thm 1 [SRC talk]; docs/claims.md#zhang-large-beta2-floor),
/// expected Held, in Theorem 1's large-β2 regime: on f = Σ ½(x − c_i)² (D0 = (1/n)Σ(c_i − c̄)² &gt; 0, D1 = 0), at each β2 of a
/// ladder with 1 − β2 ≤ g = (1 − β1ⁿ)/n^3.5 (the regime with its O-constant taken as 1; the cases use 1 − β2 = g, g/4, g/16),
/// the random-reshuffling Adam fixed point x̄ (root of the stationary epoch drift with x frozen) has a floor
/// r(β2) = |∇f(x̄)|²/((1 − β2)·D0) that (i) is at most 1 and (ii) does not grow as β2 grows: the floor shrinks at least as
/// fast as the theorem's (1 − β2)·D0. Both sides allow the 3-SE uncertainty of x̄, δ = 3·SE(D)/|D′(x̄)|: (i) uses the
/// lower end of r, (ii) compares the lower end at the larger β2 with the upper end at the smaller. The measured floor is
/// far below (i)'s constant (where resolved, r is about 10⁻³ to 10⁻⁴ and shrinks like (1 − β2), so the floor itself goes
/// like (1 − β2)², faster than the theorem says), so (ii), the scaling, is the sharper half. (ii) has power only where x̄'s
/// offset is resolved (its lower end above 0): always without momentum, often not with it; half the cases have β1 = 0,
/// and each case's outcome says at how many steps (ii) was resolved.
/// Cases: n ~ U{3..6}, c_i ~ N(0, 1), β1 = 0 or ~ U[0, 0.9] (even odds). Budgets: 4 / 16 / 100.
/// </summary>
public sealed class ZhangLargeBeta2FloorClaim : InstanceClaim<QuadraticFloorInstance>
{
    /// <summary>The ladder's steps below the regime's edge g: 1 − β2 = g·step.</summary>
    public static IReadOnlyList<double> LadderSteps { get; } = [1, 0.25, 0.0625];

    /// <summary>The constant of (i): r ≤ 1.</summary>
    public const double FloorConstant = 1;

    private readonly Func<AdamOptions, AdamOptions>? _update;
    private readonly bool _midrangeOracle;

    /// <summary>Creates the claim.</summary>
    /// <param name="update">Transforms the RR-Adam variant's options (null: as stated; a transform plants a fault in the update).</param>
    /// <param name="midrangeOracle">Plants a fault in the fixed-point oracle: x̄ taken as (min c + max c)/2 instead of the drift's root.</param>
    public ZhangLargeBeta2FloorClaim(Func<AdamOptions, AdamOptions>? update = null, bool midrangeOracle = false)
    {
        _update = update;
        _midrangeOracle = midrangeOracle;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update ignores β2 and averages v with 0.5 (second-moment memory of two steps)", FaultTarget.Update, () => new ZhangLargeBeta2FloorClaim(update: o => o.With(beta2: 0.5))),
        new PlantedFault("the fixed-point oracle returns the midrange (min c + max c)/2, not the drift's root", FaultTarget.Oracle, () => new ZhangLargeBeta2FloorClaim(midrangeOracle: true)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "zhang-large-beta2-floor",
        Citation: new("Zhang, Chen, Shi, Sun & Luo, NeurIPS 2022 (arXiv 2208.09632)", "Theorem 1 (error floor O((1−β2)·D0) for 1−β2 = O((1−β1ⁿ)/n^3.5))", "[SRC talk]; the O-constants 1 and the fixed-point test [REC] docs/claims.md#zhang-large-beta2-floor"),
        Statement: "On quadratic finite sums with D0 > 0, in the regime 1−β2 ≤ (1−β1ⁿ)/n^3.5, the RR-Adam fixed point x̄ has |∇f(x̄)|² ≤ (1−β2)·D0, and |∇f(x̄)|²/((1−β2)·D0) does not grow as β2 grows.",
        Hypotheses: "A1 (L = n), A2 with D1 = 0 and D0 > 0; every β2 of the ladder in the regime 1−β2 ≤ (1−β1ⁿ)/n^3.5 (O-constant 1); β1 < √β2.",
        Variant: "Kingma–Ba (ε = 1e-8), random reshuffling",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(4, 16, 100))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "computes the RR-Adam fixed point of quadratic components with known D0; a network's finite sum is not quadratic."),
    };

    /// <inheritdoc/>
    public override QuadraticFloorInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int n = random.NextInt(3, 6);
        double[] centres = [.. Enumerable.Range(0, n).Select(_ => random.Normal())];
        // Half the cases without momentum: there x̄'s offset is resolved at every rung (with momentum the drift's noise
        // often covers it), so check (ii) has power in at least those.
        double beta1 = random.Bernoulli(0.5) ? 0 : random.Uniform(0, 0.9);
        double g = QuadraticFloorInstance.RegimeGap(n, beta1);
        return new QuadraticFloorInstance(centres, beta1, random.NextUInt64()) { Beta2s = [.. LadderSteps.Select(step => 1 - (g * step))] };
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(QuadraticFloorInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        double g = QuadraticFloorInstance.RegimeGap(instance.Centres.Length, instance.Beta1);
        foreach (double b2 in instance.Ladder.Where(b2 => 1 - b2 > g * (1 + 1e-12)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"β2 = {b2:R} lies outside the large-β2 regime 1 − β2 ≤ (1−β1ⁿ)/n^3.5 = {g:G3}");
        }

        return instance.Ladder.All(b2 => instance.Beta1 < Math.Sqrt(b2)) ? null : "β1 ≥ √β2";
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(QuadraticFloorInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        QuadraticFiniteSum sum = instance.Sum();
        var parts = new List<string>();
        bool holds = true;
        double worst = 0;
        double previousHigh = double.PositiveInfinity;
        double n2 = (double)sum.N * sum.N;
        int resolved = 0;
        foreach (double b2 in instance.Ladder)
        {
            AdamOptions variant = _update is null ? ZhangDrift.Variant(instance.Beta1, b2) : _update(ZhangDrift.Variant(instance.Beta1, b2));
            (double point, DriftEstimate drift) = _midrangeOracle
                ? Midrange(sum, variant, instance.Seed)
                : AdamFixedPoint.Find(sum, variant, instance.Seed);
            double h = 1e-3 * Math.Sqrt(sum.D0);
            var settings = ZhangDriftSettings.Default;
            double slope = (AdamFixedPoint.Drift(sum, variant, point + h, instance.Seed, settings).Mean - AdamFixedPoint.Drift(sum, variant, point - h, instance.Seed, settings).Mean) / (2 * h);
            double delta = 3 * drift.StandardError / Math.Abs(slope);
            double offset = Math.Abs(point - sum.Mean);
            double scale = (1 - b2) * sum.D0;
            double r = n2 * offset * offset / scale;
            double low = n2 * Math.Pow(Math.Max(0, offset - delta), 2) / scale;
            double high = n2 * Math.Pow(offset + delta, 2) / scale;
            worst = Math.Max(worst, Math.Max(low / FloorConstant, double.IsPositiveInfinity(previousHigh) ? 0 : low / previousHigh));
            holds &= low <= FloorConstant && low <= previousHigh;
            resolved += !double.IsPositiveInfinity(previousHigh) && low > 0 ? 1 : 0;
            previousHigh = high;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"1−β2 = {1 - b2:G3}: x̄ − c̄ = {point - sum.Mean:G3} (±{delta:G2}), r = |∇f(x̄)|²/((1−β2)D0) = {r:G3} [{low:G3}, {high:G3}]"));
        }

        return new CaseOutcome(holds, worst, string.Join("; ", parts) + string.Create(CultureInfo.InvariantCulture, $" — (i) r ≤ {FloorConstant:G3} by its lower end, (ii) each lower end ≤ the previous upper end; (ii) resolved at {resolved} of {instance.Ladder.Count - 1} steps (a lower end of 0 means x̄'s offset is within its noise and cannot show growth)"));
    }

    private static (double Point, DriftEstimate Drift) Midrange(QuadraticFiniteSum sum, AdamOptions variant, ulong seed)
    {
        double point = 0.5 * (sum.Centres.Min() + sum.Centres.Max());
        return (point, AdamFixedPoint.Drift(sum, variant, point, seed, ZhangDriftSettings.Default));
    }

    /// <inheritdoc/>
    public override string Describe(QuadraticFloorInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }
}
