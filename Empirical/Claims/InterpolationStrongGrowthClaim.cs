using System.Globalization;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Empirical.Generated;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// <c>interpolation-strong-growth</c> (Zhang, Chen, Shi, Sun &amp; Luo, NeurIPS 2022, talk: "D0 = 0 holds for
/// over-parameterised networks", after Vaswani et al. 2019; witness and proof [REC]; docs/claims.md#interpolation-strong-growth),
/// expected Refuted, on networks only. The statement: for an over-parameterised network that interpolates its data,
/// assumption A2 holds with D0 = 0 (the strong growth condition), i.e. some D1 gives
/// <code>(1/n) Σ_i ‖∇f_i(w) − ∇L(w)‖² ≤ D1·‖∇L(w)‖²  at every w,  L = (1/n) Σ_i f_i.</code>
/// The witness: with balanced classes, w = 0 is a critical point of L and of no f_i. Every hidden pre-activation is 0,
/// so every sample reaches the output layer as the same vector σ(0)·1 with logits 0 and p = (1/C)·1; then
/// ∂L/∂b_out = (1/n)Σ_i (p − e_(y_i)) = 0, ∂L/∂W_out = (1/n)Σ_i (p − e_(y_i))·σ(0)1ᵀ = 0, and the error sent back through
/// W_out = 0 is 0, while each f_i keeps ∂f_i/∂b_out = p − e_(y_i), so the variance is (1 + H·σ(0)²)(C − 1)/C &gt; 0 and no
/// D1 works. In floating point ∇L(0) is rounding error or exactly 0: a case fails when
/// ‖∇L(0)‖² ≤ 10⁻²⁰ times the variance (D1 would have to exceed <see cref="LargestD1"/>); the observable is
/// variance/(10²⁰·‖∇L‖²). Cases: depth U{1, 3}, width U{4, 32}, σ ∈ {tanh, softplus, GELU}, inputs U{2, 8}, classes
/// U{2, 4}, U{2, 8} points per class labelled by a teacher of the same architecture (so the data are interpolated),
/// over-parameterised (d ≥ n). Budgets: 20 / 60 / 200 cases.
/// </summary>
public sealed class InterpolationStrongGrowthClaim : InstanceClaim<InterpolatingNetworkInstance>
{
    /// <summary>The largest D1 the check allows: a point with ‖∇L‖² ≤ variance/10²⁰ counts as a critical point.</summary>
    public const double LargestD1 = 1e20;

    /// <summary>The factor c on the teacher's output layer at which the interpolating point is reported.</summary>
    public const double TeacherScale = 100;

    private readonly StrongGrowthFault _fault;

    /// <summary>Creates the claim; <paramref name="fault"/> plants a fault (<see cref="StrongGrowthFault.None"/>: the claim).</summary>
    public InterpolationStrongGrowthClaim(StrongGrowthFault fault = StrongGrowthFault.None)
    {
        _fault = fault;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "interpolation-strong-growth",
        Citation: new("Zhang, Chen, Shi, Sun & Luo, NeurIPS 2022 (arXiv 2208.09632)", "talk, assumption A2: D0 = 0 holds for over-parameterised networks (after Vaswani et al. 2019)", "[SRC talk] statement; witness and proof [REC] docs/claims.md#interpolation-strong-growth"),
        Statement: "For an over-parameterised network that interpolates its data, A2 holds with D0 = 0 (the strong growth condition): some D1 gives (1/n)Σ_i ‖∇f_i(w) − ∇L(w)‖² ≤ D1·‖∇L(w)‖² at every w. Checked at w = 0, which is a critical point of L when the classes are balanced; a point with ‖∇L‖² ≤ 1e-20 times the variance refutes it.",
        Hypotheses: "MLP with a smooth activation (tanh, softplus or GELU) and softmax cross-entropy; over-parameterised (d ≥ n); the data interpolated: every label is that of a teacher network of the same architecture, with margin above 1e-3, so the teacher with its output layer scaled by c has loss → 0 as c → ∞; classes balanced (the construction of the witness).",
        Variant: "not optimizer-specific: a property of the objective (A2) that Zhang et al.'s Theorem 1 assumes",
        ExpectedVerdict: Verdict.Refuted,
        Cases: new CaseBudget(20, 60, 200))
    {
        Objectives = ObjectiveKind.Networks,
        Networks = new(NetworkUse.Checked, "runs only on generated networks: the statement is about over-parameterised networks that interpolate their (teacher-labelled) data."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the per-example gradients are read as the full-batch gradient (their variance is 0 everywhere)", FaultTarget.Oracle, () => new InterpolationStrongGrowthClaim(StrongGrowthFault.FullBatchAsPerExample)),
        new PlantedFault("the last point is left out, so the classes are unbalanced and w = 0 is not a critical point", FaultTarget.Construction, () => new InterpolationStrongGrowthClaim(StrongGrowthFault.UnbalancedClasses)),
    ];

    /// <inheritdoc/>
    public override InterpolatingNetworkInstance Generate(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int depth = random.NextInt(1, 3);
        int width = random.NextInt(4, 32);
        Activation activation = random.Choose(SmallNetworkSpec.SmoothActivations);
        int inputs = random.NextInt(2, 8);
        int classes = random.NextInt(2, 4);
        int perClass = random.NextInt(2, 8);
        return new InterpolatingNetworkInstance(depth, width, activation, inputs, classes, perClass, random.NextSeed());
    }

    /// <inheritdoc/>
    public override string? UnmetHypothesis(InterpolatingNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Network<double> network = instance.Network();
        if (network.ParameterCount < instance.Samples)
        {
            return "not over-parameterised (d < n)";
        }

        return instance.Data(network) is null ? "the teacher's labels leave some class short of its points (margin > 1e-3, within 200·n draws)" : null;
    }

    /// <inheritdoc/>
    public override CaseOutcome Evaluate(InterpolatingNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Network<double> network = instance.Network();
        LabelledData<double> data = instance.Data(network) ?? throw new InvalidOperationException("the case's data do not exist (a hypothesis the engine checks first).");
        if (_fault == StrongGrowthFault.UnbalancedClasses)
        {
            data = data.Select([.. Enumerable.Range(0, data.Count - 1)]);
        }

        var origin = new double[network.ParameterCount];
        (double variance, double gradient) = Spread(network, data, origin, _fault == StrongGrowthFault.FullBatchAsPerExample);
        double observable = variance == 0 ? 0 : variance / (LargestD1 * Math.Max(gradient, double.Epsilon));

        double[] teacher = instance.Teacher(network);
        int output = (network.Layers[^1].InputSize + 1) * network.Classes;
        for (int i = teacher.Length - output; i < teacher.Length; i++)
        {
            teacher[i] *= TeacherScale;
        }

        double fitted = network.Loss(teacher, data);
        (double nearVariance, double nearGradient) = Spread(network, data, teacher, _fault == StrongGrowthFault.FullBatchAsPerExample);
        return new CaseOutcome(
            observable <= 1,
            observable,
            string.Create(CultureInfo.InvariantCulture, $"at w = 0: ‖∇L‖² = {gradient:G3}, per-example variance {variance:G4}, ratio {variance / gradient:G3}; at the teacher with its output layer ×{TeacherScale:G3} (on the ray where L → 0): L = {fitted:G3}, ‖∇L‖² = {nearGradient:G3}, variance {nearVariance:G3}, ratio {nearVariance / nearGradient:G3}"));
    }

    /// <inheritdoc/>
    public override IEnumerable<InterpolatingNetworkInstance> Shrink(InterpolatingNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Depth > 1)
        {
            yield return instance with { Depth = instance.Depth - 1 };
        }

        if (instance.Classes > 2)
        {
            yield return instance with { Classes = instance.Classes - 1 };
        }

        if (instance.PerClass > 1)
        {
            yield return instance with { PerClass = instance.PerClass - 1 };
        }

        if (instance.Width > 1)
        {
            yield return instance with { Width = instance.Width / 2 };
        }

        if (instance.Inputs > 1)
        {
            yield return instance with { Inputs = instance.Inputs - 1 };
        }
    }

    /// <inheritdoc/>
    public override string Describe(InterpolatingNetworkInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"mlp {instance.Inputs}-{instance.Width}x{instance.Depth}-{instance.Classes} {instance.Activation.ToString().ToLowerInvariant()} (d = {instance.Network().ParameterCount}), cross-entropy on {instance.PerClass} teacher-labelled points per class (n = {instance.Samples}), teacher seed {instance.Seed}");
    }

    /// <summary>
    /// (1/n) Σ_i ‖∇f_i(w) − ∇L(w)‖² and ‖∇L(w)‖², L = (1/n) Σ_i f_i the network's loss on <paramref name="data"/>;
    /// <paramref name="fullBatchAsPerExample"/> plants the oracle fault (each ∇f_i read as ∇L).
    /// </summary>
    public static (double Variance, double Gradient) Spread(Network<double> network, LabelledData<double> data, double[] w, bool fullBatchAsPerExample = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        int d = network.ParameterCount;
        var full = new double[d];
        var single = new double[d];
        network.Gradient(w, data, full);
        double variance = 0;
        for (int i = 0; i < data.Count; i++)
        {
            if (fullBatchAsPerExample)
            {
                full.CopyTo(single, 0);
            }
            else
            {
                network.Gradient(w, data.Select([i]), single);
            }

            for (int j = 0; j < d; j++)
            {
                double gap = single[j] - full[j];
                variance += gap * gap;
            }
        }

        double squared = 0;
        foreach (double g in full)
        {
            squared += g * g;
        }

        return (variance / data.Count, squared);
    }
}
