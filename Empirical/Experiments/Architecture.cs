using System.Numerics;
using Adam.Verification.Empirical.Engine;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// A network of arXiv 2309.08339 §5: the MLP with <paramref name="Depth"/> hidden ReLU layers of width
/// <paramref name="Width"/> ("a k-layer network with h nodes per layer"), or LeNet (<paramref name="Depth"/> = −1).
/// </summary>
public sealed record Architecture(int Depth, int Width)
{
    /// <summary>LeNet-5 (conv/pool ×2, dense 400→120→84→10).</summary>
    public static Architecture LeNet { get; } = new(-1, 0);

    /// <summary>Whether this is LeNet.</summary>
    public bool IsLeNet => Depth < 0;

    /// <summary>Builds the network in precision T.</summary>
    public Network<T> Build<T>()
        where T : unmanaged, IFloatingPointIeee754<T> => IsLeNet ? Networks.LeNet<T>() : Networks.Mlp<T>(Depth, Width);

    /// <inheritdoc/>
    public override string ToString() => IsLeNet ? "LeNet" : $"MLP {Depth}×{Width}";
}
