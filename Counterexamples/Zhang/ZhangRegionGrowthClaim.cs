using System.Collections.Concurrent;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// <c>zhang-region-grows-with-n</c> (Zhang, Chen, Shi, Sun &amp; Luo, NeurIPS 2022, Thm 2 [SRC talk]: for each n a function on
/// which Adam diverges for (β1, β2) in a region that grows with n; on the RECONSTRUCTED sum of
/// docs/claims.md#zhang-divergence-region, where the region is {D(β1, β2, n) &lt; 0}), expected Held. Per case, n ~ U{3, …, 16},
/// n′ ~ U{n + 1, …, 2n}, β1 ~ U[0, 0.95). Conclusions: (i) for each of n and n′ the region is not empty — at β1 = 0,
/// β2 = 0.001 the drift is negative beyond k·SE; (ii) where the line β1 meets the region at n (the hypothesis: D &lt; −k·SE at
/// the low end β2 = 1 − 0.999·(1 − β1²) of β1 &lt; √β2), it meets it at n′, both regions end below β2 = 1 − 10⁻⁶ (large β2
/// converges, Thm 1; these two are decided on the estimated sign, the bisection's own test), and the boundaries satisfy β2*(n′) − β2*(n) &gt; (k/3)·(h + h′), h the 3-SE half-widths.
/// k = Φ⁻¹(1 − 10⁻⁴/(4·1000)), one margin for the four decisions of each of up to 1,000 cases. Budgets: 20 / 100 / 1,000.
/// </summary>
public sealed class ZhangRegionGrowthClaim : InstanceClaim<ZhangGrowthInstance>
{
    /// <summary>The SE margin of every decision (four per case, up to 1,000 cases, family-wise error ≤ 10⁻⁴).</summary>
    public static readonly double Margin = Theory.Claims.Statistical.ErrorControl.Margin(4_000);

    /// <summary>The gap 1 − β2 = 0.999 at which (i) looks for divergence on the line β1 = 0.</summary>
    public const double ExistenceGap = 0.999;

    private readonly ConcurrentDictionary<ZhangGrowthInstance, ZhangGrowthMeasurement> _measurements = new();
    private readonly GrowthFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault in the system under test (none by default).</summary>
    public ZhangRegionGrowthClaim(GrowthFault fault = GrowthFault.None)
    {
        _fault = fault;
    }

    /// <summary>A fault planted in the update, the construction or the boundary oracle.</summary>
    public enum GrowthFault
    {
        /// <summary>No fault.</summary>
        None,

        /// <summary>Adam run with 1 − β2 in place of β2 everywhere (the second moment's weights swapped, v_t = (1 − β2)·v_(t−1) + β2·g_t², and its bias correction with them).</summary>
        SwappedSecondMomentWeights,

        /// <summary>The larger problem is built with n components instead of n′.</summary>
        ComponentCountIgnored,

        /// <summary>The bisection tests the sign of |D| instead of D.</summary>
        MagnitudeBisection,
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "zhang-region-grows-with-n",
        Citation: new("Zhang, Chen, Shi, Sun & Luo, NeurIPS 2022 (arXiv 2208.09632)", "Theorem 2 (the divergence region grows with n)", "[SRC talk]; function RECONSTRUCTED [REC] docs/claims.md#zhang-divergence-region; region = {D < 0} [REC]"),
        Statement: "On the reconstructed Zhang sum, for every n ≥ 3 the divergence region {(β1, β2): D(β1, β2, n) < 0} is not empty and ends below β2 = 1 − 10⁻⁶, and for n′ > n it contains the region at n along every line β1 = const: β2*(β1, n′) > β2*(β1, n) beyond the k-SE margins (k ≈ 5.45).",
        Hypotheses: "n ≥ 3, n′ > n; the line β1 meets the region at n: D(β1, 1 − 0.999·(1 − β1²), n) < −k·SE (4 paths × 2,000 epochs after a burn-in of 20/(1−β2) steps).",
        Variant: "Kingma–Ba (bias-corrected, ε = 1e-8 outside √v̂), random reshuffling, m and v carried across epochs",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(20, 100, 1_000))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "about the reconstructed Zhang finite sum, whose divergence region in (β1, β2) is a property of the construction, not of a family of objectives."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("Adam run with 1 − β2 in place of β2: v_t = (1 − β2)·v_(t−1) + β2·g_t² (the second moment's weights swapped, bias correction with them)", FaultTarget.Update, () => new ZhangRegionGrowthClaim(GrowthFault.SwappedSecondMomentWeights)),
        new PlantedFault("the larger problem built with n components instead of n′", FaultTarget.Construction, () => new ZhangRegionGrowthClaim(GrowthFault.ComponentCountIgnored)),
        new PlantedFault("the boundary bisection tests the sign of |D| instead of D", FaultTarget.Oracle, () => new ZhangRegionGrowthClaim(GrowthFault.MagnitudeBisection)),
    ];

    /// <inheritdoc/>
    public override ZhangGrowthInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int n = random.NextInt(3, 16);
        int larger = random.NextInt(n + 1, 2 * n);
        return new ZhangGrowthInstance(n, larger, random.Uniform(0, 0.95), random.NextUInt64(), random.NextUInt64());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(ZhangGrowthInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.N < 3 || instance.LargerN <= instance.N || instance.Beta1 is < 0 or >= 1)
        {
            return "n < 3, n′ ≤ n or β1 outside [0, 1)";
        }

        ZhangGrowthMeasurement m = Measure(instance);
        if (m.ExistenceFailure is not null)
        {
            return null; // conclusion (i) is evaluated whatever the line
        }

        return m.LineAtN.DecidedSign(Margin) < 0 ? null : string.Create(CultureInfo.InvariantCulture, $"the line β1 = {instance.Beta1:G4} does not meet the region at n = {instance.N} beyond k·SE ({m.LineAtN} at the low end)");
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(ZhangGrowthInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ZhangGrowthMeasurement m = Measure(instance);
        if (m.ExistenceFailure is { } missing)
        {
            return new CaseOutcome(false, double.PositiveInfinity, missing);
        }

        if (m.AtN is not { } at || m.AtLargerN is not { } atLarger)
        {
            return new CaseOutcome(false, double.PositiveInfinity, $"the line does not meet the region at n = {instance.N}: {m.LineAtN}");
        }

        if (at.Beta2Star is not { } b || atLarger.Beta2Star is not { } b2)
        {
            return new CaseOutcome(false, double.PositiveInfinity, $"no boundary on the line: {at}; {atLarger}");
        }

        double gap = b2 - b;
        double needed = Margin / 3 * (at.HalfWidth + atLarger.HalfWidth);
        double observable = needed <= 0 || !double.IsFinite(needed) ? double.PositiveInfinity : gap > 0 ? needed / gap : double.PositiveInfinity;
        string detail = string.Create(CultureInfo.InvariantCulture, $"{at}; {atLarger}; β2*(n′) − β2*(n) = {gap:G4} against the margin {needed:G3} (n²(1 − β2*) = {instance.N * instance.N * (1 - b):G4} and {instance.LargerN * instance.LargerN * (1 - b2):G4})");
        return new CaseOutcome(double.IsFinite(needed) && gap > needed, observable, detail);
    }

    /// <inheritdoc/>
    public override IEnumerable<ZhangGrowthInstance> Shrink(ZhangGrowthInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.LargerN > instance.N + 1)
        {
            yield return instance with { LargerN = instance.N + 1 };
        }

        if (instance.N > 3)
        {
            yield return instance with { N = instance.N - 1, LargerN = instance.LargerN - 1 };
        }

        if (instance.Beta1 > 0)
        {
            yield return instance with { Beta1 = 0 };
            yield return instance with { Beta1 = Math.Round(instance.Beta1 / 2, 2) };
        }
    }

    /// <inheritdoc/>
    public override string Describe(ZhangGrowthInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Describe();
    }

    private ZhangGrowthMeasurement Measure(ZhangGrowthInstance instance) => _measurements.GetOrAdd(instance, i =>
    {
        Func<AdamOptions, AdamOptions>? update = _fault == GrowthFault.SwappedSecondMomentWeights ? o => o.With(beta2: 1 - o.Beta2) : null;
        bool magnitude = _fault == GrowthFault.MagnitudeBisection;
        int larger = _fault == GrowthFault.ComponentCountIgnored ? i.N : i.LargerN;
        string? missing = null;
        foreach ((int n, ulong seed) in new[] { (i.N, i.Seed), (larger, i.LargerSeed) })
        {
            DriftEstimate d = ZhangBoundary.DriftAt(0, ExistenceGap, n, seed, update: update);
            if (missing is null && d.DecidedSign(Margin) >= 0)
            {
                missing = string.Create(CultureInfo.InvariantCulture, $"(i) fails: no divergence at n = {n}, β1 = 0, β2 = {1 - ExistenceGap:G3} ({d}; divergence needs D < −{Margin:G3}·SE)");
            }
        }

        DriftEstimate line = ZhangBoundary.DriftAt(i.Beta1, ZhangBoundary.LowEndGap(i.Beta1), i.N, i.Seed, update: update);
        if (missing is not null || line.DecidedSign(Margin) >= 0)
        {
            return new ZhangGrowthMeasurement(missing, line, null, null);
        }

        return new ZhangGrowthMeasurement(
            null,
            line,
            ZhangBoundary.Find(i.Beta1, i.N, i.Seed, update: update, plantedMagnitudeTest: magnitude),
            ZhangBoundary.Find(i.Beta1, larger, i.LargerSeed, update: update, plantedMagnitudeTest: magnitude));
    });
}
