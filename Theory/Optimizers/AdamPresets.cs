namespace Adam.Verification.Theory.Optimizers;

/// <summary>The catalogue of named Adam variants. Each one differs from the others in at least one field of <see cref="AdamOptions"/>.</summary>
public static class AdamPresets
{
    /// <summary>Kingma &amp; Ba (2015) Algorithm 1: bias-corrected, ε outside √v̂, literal order.</summary>
    public static AdamPreset KingmaBa { get; } = new("kingma-ba", "Kingma & Ba 2015, Algorithm 1", new AdamOptions());

    /// <summary>torch.optim.Adam: the same mathematics as Kingma–Ba in PyTorch's operation order.</summary>
    public static AdamPreset PyTorchAdam { get; } = new("pytorch-adam", "torch.optim.Adam (PyTorch ≥ 1.13, single-tensor path)", new AdamOptions(order: OperationOrder.PyTorch));

    /// <summary>The ε̂ form: α_t = α·√(1−β2^t)/(1−β1^t), x −= α_t·m_t/(√v_t + ε̂) (TensorFlow's Adam).</summary>
    public static AdamPreset EpsilonHat { get; } = new("epsilon-hat", "Kingma & Ba 2015, §2 (the ε̂ form); tf.keras Adam", new AdamOptions(epsilonPlacement: EpsilonPlacement.OutsideUncorrectedRoot));

    /// <summary>arXiv 2309.08339 Algorithm 1: no bias correction, ρ outside the root.</summary>
    public static AdamPreset ConstantStepAlgorithm1 { get; } = new("constant-step-alg1", "arXiv 2309.08339, Algorithm 1", new AdamOptions(biasCorrection: false));

    /// <summary>Reddi et al.'s ADAM: no bias correction, ε inside the root (their eq. (3); ε = 0 gives Thms 1–3). Add a box with <see cref="AdamOptions.With"/>.</summary>
    public static AdamPreset ReddiAdam { get; } = new("reddi-adam", "Reddi, Kale & Kumar 2018, §2–3 and eq. (3)", new AdamOptions(biasCorrection: false, epsilonPlacement: EpsilonPlacement.InsideRoot));

    /// <summary>torch.optim.Adam(amsgrad=True): max over raw v, then bias-corrected, PyTorch order.</summary>
    public static AdamPreset AmsGradPyTorch { get; } = new("amsgrad-pytorch", "torch.optim.Adam(amsgrad=True)", new AdamOptions(amsGrad: AmsGradForm.MaxOfV, order: OperationOrder.PyTorch));

    /// <summary>optax.amsgrad: max over the bias-corrected v̂.</summary>
    public static AdamPreset AmsGradOptax { get; } = new("amsgrad-optax", "optax.amsgrad", new AdamOptions(amsGrad: AmsGradForm.MaxOfBiasCorrectedV));

    /// <summary>Reddi et al.'s Algorithm 2 (AMSGrad): max over raw v, no bias correction, ε inside the root.</summary>
    public static AdamPreset AmsGradReddi { get; } = new("amsgrad-reddi", "Reddi, Kale & Kumar 2018, Algorithm 2", new AdamOptions(biasCorrection: false, epsilonPlacement: EpsilonPlacement.InsideRoot, amsGrad: AmsGradForm.MaxOfV));

    /// <summary>torch.optim.AdamW: decoupled decay λ = 0.01 scaled by the learning rate, PyTorch order.</summary>
    public static AdamPreset AdamW { get; } = new("adamw", "Loshchilov & Hutter 2019; torch.optim.AdamW", new AdamOptions(weightDecay: 0.01, weightDecayMode: WeightDecayMode.Decoupled, order: OperationOrder.PyTorch));

    /// <summary>RMSProp as Adam with β1 = 0, no bias correction, ε outside the root (torch.optim.RMSprop, β2 = ρ = 0.99).</summary>
    public static AdamPreset RmsProp { get; } = new("rmsprop", "Tieleman & Hinton 2012; torch.optim.RMSprop", new AdamOptions(alpha: 1e-2, beta1: 0, beta2: 0.99, biasCorrection: false), FixesBeta1: true);

    /// <summary>Every preset, in a fixed order.</summary>
    public static IReadOnlyList<AdamPreset> All { get; } =
    [
        KingmaBa, PyTorchAdam, EpsilonHat, ConstantStepAlgorithm1, ReddiAdam, AmsGradPyTorch, AmsGradOptax, AmsGradReddi, AdamW, RmsProp,
    ];

    /// <summary>The preset named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No preset has that name (the message lists the valid names).</exception>
    public static AdamPreset Get(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown Adam variant '{name}'; valid: {string.Join(", ", All.Select(p => p.Name))}.");
}
