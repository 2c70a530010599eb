using System.Numerics;
using Adam.Verification.Theory.Objectives;

namespace Adam.Verification.Empirical.Engine;

/// <summary>
/// A network's full-batch loss L(w) on a fixed labelled set as an <see cref="IObjective"/> (a network is
/// just another objective), so the runner, the claims and Algorithm 2 (<c>LipschitzEstimator</c>) apply unchanged.
/// Values pass through T (float32 for speed, float64 for checks); the Hessian-vector product is the exact R-operator.
/// Nothing is known about K or γ by construction; a caller may state a bound it knows (L* ≥ 0 for cross-entropy).
/// </summary>
public sealed class NetworkObjective<T> : IObjective
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _w;
    private readonly T[] _v;
    private readonly T[] _out;

    /// <summary>Wraps the network's loss on <paramref name="data"/>; <paramref name="facts"/> states what is known (default: nothing).</summary>
    public NetworkObjective(Network<T> network, LabelledData<T> data, ObjectiveFacts? facts = null)
    {
        Facts = facts ?? ObjectiveFacts.Unknown;
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        Network = network;
        Data = data;
        _w = new T[network.ParameterCount];
        _v = new T[network.ParameterCount];
        _out = new T[network.ParameterCount];
    }

    /// <summary>The network.</summary>
    public Network<T> Network { get; }

    /// <summary>The samples the loss averages over.</summary>
    public LabelledData<T> Data { get; }

    /// <inheritdoc/>
    public string Name => $"{Network.Name} on {Data.Count} samples ({typeof(T).Name})";

    /// <inheritdoc/>
    public int Dimension => Network.ParameterCount;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        Load(x, _w);
        return Network.Loss(_w, Data);
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        Load(x, _w);
        Network.Gradient(_w, Data, _out);
        Store(_out, gradient);
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        Load(x, _w);
        Load(v, _v);
        Network.HessianVectorProduct(_w, _v, Data, _out);
        Store(_out, result);
    }

    private static void Load(ReadOnlySpan<double> source, Span<T> target)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = T.CreateTruncating(source[i]);
        }
    }

    private static void Store(ReadOnlySpan<T> source, Span<double> target)
    {
        for (int i = 0; i < source.Length; i++)
        {
            target[i] = double.CreateTruncating(source[i]);
        }
    }
}
