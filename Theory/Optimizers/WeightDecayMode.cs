namespace Adam.Verification.Theory.Optimizers;

/// <summary>How the weight decay λ enters the step.</summary>
public enum WeightDecayMode
{
    /// <summary>Coupled L2: the gradient becomes g_t + λ·x_{t−1} before the moments are updated (torch.optim.Adam).</summary>
    CoupledL2,

    /// <summary>
    /// Decoupled (Loshchilov &amp; Hutter 2019, AdamW): x ← x − α_t·(m̂/(√v̂+ε) + λ·x), the decay scaled by the
    /// learning rate α_t as torch.optim.AdamW does; the moments never see λ.
    /// </summary>
    Decoupled,
}
