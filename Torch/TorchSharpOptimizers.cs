using Adam.Verification.Theory.Traces;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Adam.Verification.Torch;

/// <summary>
/// Every optimizer TorchSharp 0.107 ships that a gradient replay can drive (<c>torch.optim.*</c> except LBFGS, whose
/// step re-evaluates the loss through a closure and so cannot be fed recorded gradients). Each takes from the request
/// the hyper-parameters it has: lr always, β1/β2/ε/λ where the optimizer has them (RMSprop's smoothing constant is β2).
/// The Adam family carries the preset it must match.
/// </summary>
public static class TorchSharpOptimizers
{
    /// <summary>The catalogue, in a fixed order.</summary>
    public static IReadOnlyList<TorchSharpOptimizer> All { get; } =
    [
        new("adam", "optim.Adam(lr, β1, β2, ε, λ)", "pytorch-adam", false, false, (p, h) => optim.Adam(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        new("adamw", "optim.AdamW(lr, β1, β2, ε, λ)", "adamw", false, true, (p, h) => optim.AdamW(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        new("amsgrad", "optim.Adam(lr, β1, β2, ε, λ, amsgrad: true)", "amsgrad-pytorch", true, false, (p, h) => optim.Adam(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay, amsgrad: true)),
        new("adamw-amsgrad", "optim.AdamW(lr, β1, β2, ε, λ, amsgrad: true)", null, true, true, (p, h) => optim.AdamW(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay, amsgrad: true)),
        new("adamax", "optim.Adamax(lr, β1, β2, ε, λ)", null, false, false, (p, h) => optim.Adamax(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        new("nadam", "optim.NAdam(lr, β1, β2, ε, λ)", null, false, false, (p, h) => optim.NAdam(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        new("radam", "optim.RAdam(lr, β1, β2, ε, λ)", null, false, false, (p, h) => optim.RAdam(p, h.Lr, h.Beta1, h.Beta2, h.Eps, h.WeightDecay)),
        new("rmsprop", "optim.RMSProp(lr, alpha: β2, ε, λ)", null, false, false, (p, h) => optim.RMSProp(p, h.Lr, alpha: h.Beta2, eps: h.Eps, weight_decay: h.WeightDecay)),
        new("sgd", "optim.SGD(lr, λ)", null, false, false, (p, h) => optim.SGD(p, h.Lr, weight_decay: h.WeightDecay)),
        new("sgd-momentum", "optim.SGD(lr, momentum: β1, λ)", null, false, false, (p, h) => optim.SGD(p, h.Lr, momentum: h.Beta1, weight_decay: h.WeightDecay)),
        new("adagrad", "optim.Adagrad(lr, λ, ε)", null, false, false, (p, h) => optim.Adagrad(p, h.Lr, weight_decay: h.WeightDecay, eps: h.Eps)),
        new("adadelta", "optim.Adadelta(lr, ε, λ)", null, false, false, (p, h) => optim.Adadelta(p, h.Lr, eps: h.Eps, weight_decay: h.WeightDecay)),
        new("asgd", "optim.ASGD(lr, λ)", null, false, false, (p, h) => optim.ASGD(p, h.Lr, weight_decay: h.WeightDecay)),
        new("rprop", "optim.Rprop(lr)", null, false, false, (p, h) => optim.Rprop(p, h.Lr)),
    ];

    /// <summary>The names, in catalogue order.</summary>
    public static IReadOnlyList<string> Names => [.. All.Select(o => o.Name)];

    /// <summary>The optimizer named <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No optimizer has that name (the message lists them).</exception>
    public static TorchSharpOptimizer Get(string name) =>
        All.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown TorchSharp optimizer '{name}'; valid: {string.Join(", ", Names)} (LBFGS needs a loss closure and cannot replay gradients).");
}
