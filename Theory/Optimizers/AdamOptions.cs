using static Adam.Verification.Theory.Optimizers.OptionValidationException;

namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// The hyper-parameters and the variant of one member of the Adam family, validated at construction and
/// immutable. Every variant of docs/claims.md#conventions is one combination of these fields:
/// <list type="bullet">
/// <item>m_t = β1·m_{t−1} + (1−β1)·g_t, v_t = β2·v_{t−1} + (1−β2)·g_t² (Kingma &amp; Ba 2015, Alg. 1);</item>
/// <item>bias correction m̂ = m/(1−β1^t), v̂ = v/(1−β2^t), or none (m̂ = m, v̂ = v; 2309.08339 Alg. 1, Reddi et al.);</item>
/// <item>ε outside √v̂, outside the uncorrected √v (the ε̂ form) or inside the root (<see cref="EpsilonPlacement"/>);</item>
/// <item>AMSGrad's running maximum (<see cref="AmsGradForm"/>), coupled or decoupled weight decay λ, an optional box projection.</item>
/// </list>
/// </summary>
/// <remarks>
/// Valid ranges: α ≥ 0, β1 ∈ [0, 1), β2 ∈ [0, 1), ε ≥ 0, λ ≥ 0, all finite. β2 must be &gt; 0 when ε = 0 and β1 &gt; 0
/// (with β2 = 0, v_t = g_t² can vanish while m_t ≠ 0 and the step divides by zero). The PyTorch operation order
/// exists only for ε outside the corrected root and without the optax AMSGrad form. Derive variants with
/// <see cref="With"/>, which validates again; record equality compares every field.
/// </remarks>
public sealed record AdamOptions
{
    /// <summary>Creates and validates an Adam variant. Defaults are Kingma &amp; Ba's (α = 1e-3, β = (0.9, 0.999), ε = 1e-8).</summary>
    /// <exception cref="OptionValidationException">A value is outside its range (the message names it).</exception>
    public AdamOptions(
        double alpha = 1e-3,
        double beta1 = 0.9,
        double beta2 = 0.999,
        double epsilon = 1e-8,
        bool biasCorrection = true,
        EpsilonPlacement epsilonPlacement = EpsilonPlacement.OutsideCorrectedRoot,
        AmsGradForm amsGrad = AmsGradForm.None,
        double weightDecay = 0,
        WeightDecayMode weightDecayMode = WeightDecayMode.CoupledL2,
        Box? projection = null,
        OperationOrder order = OperationOrder.Literal)
    {
        RequireNonNegative("α", alpha);
        RequireUnitInterval("β1", beta1);
        RequireUnitInterval("β2", beta2);
        RequireNonNegative("ε", epsilon);
        RequireNonNegative("weight decay λ", weightDecay);
        RequireDefined("ε placement", epsilonPlacement);
        RequireDefined("AMSGrad form", amsGrad);
        RequireDefined("weight-decay mode", weightDecayMode);
        RequireDefined("operation order", order);
        if (epsilon == 0 && beta2 == 0 && beta1 > 0)
        {
            throw new OptionValidationException("β2", $"β2 must be > 0 when ε = 0 and β1 > 0 (got β1 = {Format(beta1)}): with β2 = 0, v_t = g_t² can vanish while m_t ≠ 0 and the step divides by zero.");
        }

        if (order == OperationOrder.PyTorch && epsilonPlacement != EpsilonPlacement.OutsideCorrectedRoot)
        {
            throw new OptionValidationException("operation order", $"the PyTorch operation order places ε outside the corrected root; it cannot be combined with ε placement {epsilonPlacement}.");
        }

        if (order == OperationOrder.PyTorch && amsGrad == AmsGradForm.MaxOfBiasCorrectedV)
        {
            throw new OptionValidationException("operation order", "the PyTorch operation order keeps the maximum of the raw v (AMSGrad form MaxOfV); it cannot be combined with MaxOfBiasCorrectedV.");
        }

        if (epsilonPlacement == EpsilonPlacement.OutsideUncorrectedRoot && amsGrad == AmsGradForm.MaxOfBiasCorrectedV)
        {
            throw new OptionValidationException("ε placement", "the ε̂ form (ε outside the uncorrected root) needs the raw v; it cannot be combined with AMSGrad form MaxOfBiasCorrectedV.");
        }

        Alpha = alpha;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        BiasCorrection = biasCorrection;
        EpsilonPlacement = epsilonPlacement;
        AmsGrad = amsGrad;
        WeightDecay = weightDecay;
        WeightDecayMode = weightDecayMode;
        Projection = projection;
        Order = order;
    }

    /// <summary>The base step size α (the learning rate when the schedule is constant).</summary>
    public double Alpha { get; }

    /// <summary>β1 ∈ [0, 1): decay of the first moment m_t.</summary>
    public double Beta1 { get; }

    /// <summary>β2 ∈ [0, 1): decay of the second moment v_t.</summary>
    public double Beta2 { get; }

    /// <summary>ε ≥ 0 (ρ in 2309.08339), placed as <see cref="EpsilonPlacement"/> says.</summary>
    public double Epsilon { get; }

    /// <summary>Whether m and v are divided by (1−β1^t) and (1−β2^t).</summary>
    public bool BiasCorrection { get; }

    /// <summary>Where ε enters the step.</summary>
    public EpsilonPlacement EpsilonPlacement { get; }

    /// <summary>Which AMSGrad maximum is kept, if any.</summary>
    public AmsGradForm AmsGrad { get; }

    /// <summary>Weight decay λ ≥ 0 (0 disables it).</summary>
    public double WeightDecay { get; }

    /// <summary>Coupled L2 or decoupled (AdamW) decay.</summary>
    public WeightDecayMode WeightDecayMode { get; }

    /// <summary>The feasible box the iterate is projected onto after each step, or null for ℝ^d.</summary>
    public Box? Projection { get; }

    /// <summary>The floating-point order of evaluation.</summary>
    public OperationOrder Order { get; }

    /// <summary>Whether the step divides by √v with nothing added, so a zero history gives 0/0 (defined as a zero step).</summary>
    public bool DividesByBareRoot => Epsilon == 0;

    /// <summary>A copy with the given fields replaced, validated like the constructor.</summary>
    public AdamOptions With(
        double? alpha = null,
        double? beta1 = null,
        double? beta2 = null,
        double? epsilon = null,
        bool? biasCorrection = null,
        EpsilonPlacement? epsilonPlacement = null,
        AmsGradForm? amsGrad = null,
        double? weightDecay = null,
        WeightDecayMode? weightDecayMode = null,
        Box? projection = null,
        bool clearProjection = false,
        OperationOrder? order = null) =>
        new(
            alpha ?? Alpha,
            beta1 ?? Beta1,
            beta2 ?? Beta2,
            epsilon ?? Epsilon,
            biasCorrection ?? BiasCorrection,
            epsilonPlacement ?? EpsilonPlacement,
            amsGrad ?? AmsGrad,
            weightDecay ?? WeightDecay,
            weightDecayMode ?? WeightDecayMode,
            clearProjection ? null : projection ?? Projection,
            order ?? Order);

    /// <summary>A one-line description in the papers' notation.</summary>
    public string Describe()
    {
        string bc = BiasCorrection ? "bias-corrected" : "no bias correction";
        string eps = EpsilonPlacement switch
        {
            EpsilonPlacement.OutsideCorrectedRoot => "ε outside √v̂",
            EpsilonPlacement.OutsideUncorrectedRoot => "ε̂ outside √v",
            _ => "ε inside the root",
        };
        string ams = AmsGrad switch
        {
            AmsGradForm.MaxOfV => ", AMSGrad max over v",
            AmsGradForm.MaxOfBiasCorrectedV => ", AMSGrad max over v̂",
            _ => string.Empty,
        };
        string wd = WeightDecay > 0 ? $", λ = {Format(WeightDecay)} {(WeightDecayMode == WeightDecayMode.Decoupled ? "decoupled" : "coupled L2")}" : string.Empty;
        string box = Projection is { } b ? $", projected onto [{Format(b.Lower)}, {Format(b.Upper)}]" : string.Empty;
        string order = Order == OperationOrder.PyTorch ? ", PyTorch order" : string.Empty;
        return $"α = {Format(Alpha)}, β1 = {Format(Beta1)}, β2 = {Format(Beta2)}, ε = {Format(Epsilon)}, {bc}, {eps}{ams}{wd}{box}{order}";
    }

    private static void RequireDefined<TEnum>(string option, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new OptionValidationException(option, $"{option} has no member {value}; valid: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }
}
