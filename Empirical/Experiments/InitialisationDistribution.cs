using System.Numerics;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// The "full domain distribution" W of Algorithm 2 (arXiv 2309.08339 Thm 4), which the paper does not pin down, made
/// explicit: PyTorch's default initialisation of the network (every weight and bias U(±1/√fan_in)) with every bound
/// multiplied by s. s = 1 draws exactly the points training starts from; larger s reaches further and, since the
/// loss is not globally smooth, usually finds larger curvature, hence a larger K̂ and a smaller α_ours.
/// Strictly, W must have full support for Thm 4; a bounded uniform has not, which is one more reason to report s.
/// </summary>
public sealed class InitialisationDistribution<T> : ISamplingDistribution
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Network<T> _network;

    /// <summary>W for <paramref name="network"/> with scale <paramref name="scale"/>.</summary>
    public InitialisationDistribution(Network<T> network, double scale)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the sampling scale s must be a positive number.");
        }

        _network = network;
        Scale = scale;
    }

    /// <summary>s.</summary>
    public double Scale { get; }

    /// <inheritdoc/>
    public string Describe() => $"PyTorch default initialisation of {_network.Name} × {Scale}";

    /// <inheritdoc/>
    public double[] Sample(SeededRandom random)
    {
        T[] w = _network.Initialize(random, Scale);
        var result = new double[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            result[i] = double.CreateTruncating(w[i]);
        }

        return result;
    }
}
