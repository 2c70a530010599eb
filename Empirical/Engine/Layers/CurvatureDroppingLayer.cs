using System.Numerics;

namespace Adam.Verification.Empirical.Engine.Layers;

/// <summary>
/// A planted fault (<see cref="Theory.Objectives.NetworkOracleFault.HvpWithoutCurvatureTerm"/>): a smooth activation
/// whose backward R-operator leaves out σ''(x)·R{x}·dy, so R{dx} = σ'(x)·R{dy} and the network's Hessian-vector product
/// misses the activations' second-order term. The forward and backward passes (the loss and its gradient) are exact.
/// </summary>
public sealed class CurvatureDroppingLayer<T>(SmoothActivationLayer<T> inner) : DelegatingLayer<T>(inner)
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <inheritdoc/>
    public override string Describe() => Inner.Describe() + " (fault: no curvature term in the HVP)";

    /// <inheritdoc/>
    public override void BackwardTangent(ReadOnlySpan<T> w, ReadOnlySpan<T> v, ReadOnlySpan<T> x, ReadOnlySpan<T> rx, ReadOnlySpan<T> dy, ReadOnlySpan<T> rdy, Span<T> rdx, Span<T> rdw, int batch) =>
        Inner.BackwardTangent(w, v, x, [], dy, rdy, rdx, rdw, batch);
}
