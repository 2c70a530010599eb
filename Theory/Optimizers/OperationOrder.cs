namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// The floating-point order in which the same mathematics is evaluated. Results agree to a few ulps;
/// the order matters only for bit-level parity with a foreign implementation.
/// </summary>
public enum OperationOrder
{
    /// <summary>The papers' formulas as written: m = β1·m + (1−β1)·g, m̂ = m/(1−β1^t), x −= α·m̂/(√v̂+ε).</summary>
    Literal,

    /// <summary>
    /// torch.optim.Adam's single-tensor order: m.lerp_(g, 1−β1); v.mul_(β2).addcmul_(g, g, 1−β2);
    /// denom = √v/√(1−β2^t) + ε; x.addcdiv_(m, denom, −α/(1−β1^t)); AdamW first does x.mul_(1 − α·λ).
    /// </summary>
    PyTorch,
}
