using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// <c>zhang-large-beta2-floor</c> (Zhang, Chen, Shi, Sun &amp; Luo, NeurIPS 2022, Thm 1 [SRC talk]; docs/claims.md#zhang-large-beta2-floor),
/// expected Held: on f = Σ ½(x − c_i)² (D0 = (1/n)Σ(c_i − c̄)² &gt; 0, D1 = 0), the random-reshuffling Adam fixed point x̄
/// (root of the stationary epoch drift with x frozen) has |∇f(x̄)|² ≤ 10·(1−β2)·D0 at β2 ∈ {0.9, 0.99, 0.999}, and
/// |∇f(x̄)| does not grow as β2 grows (each comparison allows the 3-SE uncertainty of x̄, δ = 3·SE(D)/|D′(x̄)|).
/// Cases: n ~ U{3..10}, c_i ~ N(0, 1), β1 ~ U[0, 0.9]. Budgets: 4 / 16 / 100.
/// </summary>
public sealed class ZhangLargeBeta2FloorClaim : InstanceClaim<QuadraticFloorInstance>
{
    /// <summary>The β2 ladder.</summary>
    public static IReadOnlyList<double> Beta2Ladder { get; } = [0.9, 0.99, 0.999];

    private readonly double _factor;
    private readonly Func<AdamOptions, AdamOptions>? _update;

    /// <summary>Creates the claim.</summary>
    /// <param name="factor">The 10 in 10·(1−β2)·D0 (a tiny value plants a too-strong floor).</param>
    /// <param name="update">Transforms the RR-Adam variant's options (null: as stated; a transform plants a fault in the update).</param>
    public ZhangLargeBeta2FloorClaim(double factor = 10, Func<AdamOptions, AdamOptions>? update = null)
    {
        _factor = factor;
        _update = update;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update ignores β2 and averages v with 0.5 (second-moment memory of two steps)", FaultTarget.Update, () => new ZhangLargeBeta2FloorClaim(update: o => o.With(beta2: 0.5))),
        new PlantedFault("floor 10⁻³·(1−β2)·D0", FaultTarget.Oracle, () => new ZhangLargeBeta2FloorClaim(factor: 1e-3)),
    ];

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "zhang-large-beta2-floor",
        Citation: new("Zhang, Chen, Shi, Sun & Luo, NeurIPS 2022 (arXiv 2208.09632)", "Theorem 1 (error floor O((1−β2)·D0))", "[SRC talk]; the constant 10 and the fixed-point test [REC] docs/claims.md#zhang-large-beta2-floor"),
        Statement: "On quadratic finite sums with D0 > 0, the RR-Adam fixed point x̄ has |∇f(x̄)|² ≤ 10·(1−β2)·D0 for β2 ∈ {0.9, 0.99, 0.999}, and the floor shrinks as β2 grows.",
        Hypotheses: "A1 (L = n), A2 with D1 = 0 and D0 > 0; β1 < √β2 at every β2 of the ladder.",
        Variant: "Kingma–Ba (ε = 1e-8), random reshuffling",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(4, 16, 100))
    {
        Presets = [AdamPresets.KingmaBa],
    };

    /// <inheritdoc/>
    public override QuadraticFloorInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int n = random.NextInt(3, 10);
        return new QuadraticFloorInstance(Enumerable.Range(0, n).Select(_ => random.Normal()).ToArray(), random.Uniform(0, 0.9), random.NextUInt64());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(QuadraticFloorInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Beta1 < Math.Sqrt(Beta2Ladder[0]) ? null : "β1 ≥ √β2";
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
        foreach (double b2 in Beta2Ladder)
        {
            AdamOptions variant = _update is null ? ZhangDrift.Variant(instance.Beta1, b2) : _update(ZhangDrift.Variant(instance.Beta1, b2));
            (double point, DriftEstimate drift) = AdamFixedPoint.Find(sum, variant, instance.Seed);
            double h = 1e-3 * Math.Sqrt(sum.D0);
            var settings = ZhangDriftSettings.Default;
            double slope = (AdamFixedPoint.Drift(sum, variant, point + h, instance.Seed, settings).Mean - AdamFixedPoint.Drift(sum, variant, point - h, instance.Seed, settings).Mean) / (2 * h);
            double delta = 3 * drift.StandardError / Math.Abs(slope);
            double gradient = Math.Abs(sum.Gradient(point));
            double low = sum.N * Math.Max(0, Math.Abs(point - sum.Mean) - delta);
            double high = sum.N * (Math.Abs(point - sum.Mean) + delta);
            double bound = _factor * (1 - b2) * sum.D0;
            worst = Math.Max(worst, gradient * gradient / bound);
            holds &= gradient * gradient <= bound && low <= previousHigh;
            previousHigh = high;
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"β2 = {b2}: x̄ − c̄ = {point - sum.Mean:G3} (±{delta:G2}), |∇f(x̄)|² = {gradient * gradient:G3} vs {_factor:G3}(1−β2)D0 = {bound:G3}"));
        }

        return new CaseOutcome(holds, worst, string.Join("; ", parts));
    }

    /// <inheritdoc/>
    public override string Describe(QuadraticFloorInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }
}
