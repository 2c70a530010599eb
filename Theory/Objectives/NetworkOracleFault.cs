namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A fault planted in a network family's oracles, so that a claim's oracle checks can be shown to catch it: the
/// family's objectives then compute something other than the gradient or the Hessian-vector product of their loss.
/// </summary>
public enum NetworkOracleFault
{
    /// <summary>The exact oracles.</summary>
    None,

    /// <summary>The gradient leaves out every dense layer's bias term (the loss's ∂L/∂b is reported as 0; an L2 penalty's λb remains).</summary>
    DroppedBiasGradient,

    /// <summary>The Hessian-vector product leaves out the activations' curvature term σ''(x)·R{x}·dy (a Gauss–Newton-like product).</summary>
    HvpWithoutCurvatureTerm,
}
