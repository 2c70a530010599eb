using System.Numerics;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Engine;

/// <summary>
/// A feed-forward classifier: layers in sequence, then softmax cross-entropy, over one flat parameter vector w
/// (each layer's slice in order). The loss is the mean L(w) = (1/N)·Σ_i −log softmax(f(w, x_i))_{y_i} over a
/// labelled set; the gradient is reverse mode and the Hessian-vector product ∇²L(w)·v is Pearlmutter's R{∇L}, exact
/// to rounding. Samples are processed in chunks of <see cref="ChunkSize"/> whose sums are added in chunk order, so
/// results do not depend on anything but the inputs. Not thread-safe (layers keep scratch buffers).
/// </summary>
public sealed class Network<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly int[] _offsets;
    private T[][] _activations = [];
    private T[][] _deltas = [];
    private T[][] _tangents = [];
    private T[][] _tangentDeltas = [];
    private int _bufferRows;

    /// <summary>Creates the network; consecutive layers must agree on sizes, and the last one gives the class logits.</summary>
    public Network(string name, IReadOnlyList<ILayer<T>> layers, int chunkSize = 512)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        for (int l = 1; l < layers.Count; l++)
        {
            if (layers[l].InputSize != layers[l - 1].OutputSize)
            {
                throw new ArgumentException($"layer {l} ({layers[l].Describe()}) takes {layers[l].InputSize} values, but layer {l - 1} ({layers[l - 1].Describe()}) gives {layers[l - 1].OutputSize}.");
            }
        }

        Name = name;
        Layers = layers;
        ChunkSize = chunkSize;
        _offsets = new int[layers.Count + 1];
        for (int l = 0; l < layers.Count; l++)
        {
            _offsets[l + 1] = _offsets[l] + layers[l].ParameterCount;
        }
    }

    /// <summary>The architecture's name, e.g. "mlp 784-1000x3-10".</summary>
    public string Name { get; }

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<ILayer<T>> Layers { get; }

    /// <summary>Samples per chunk.</summary>
    public int ChunkSize { get; }

    /// <summary>d, the length of w.</summary>
    public int ParameterCount => _offsets[^1];

    /// <summary>Values per input sample.</summary>
    public int InputSize => Layers[0].InputSize;

    /// <summary>The number of classes (logits).</summary>
    public int Classes => Layers[^1].OutputSize;

    /// <summary>The architecture: name, d and the layers in order.</summary>
    public string Describe() => $"{Name} (d = {ParameterCount}): " + string.Join(", ", Layers.Select(layer => layer.Describe()));

    /// <summary>PyTorch's default initialisation, each bound times <paramref name="scale"/> (W of Algorithm 2 for s ≠ 1).</summary>
    public T[] Initialize(SeededRandom random, double scale = 1)
    {
        var w = new T[ParameterCount];
        Initialize(w, random, scale);
        return w;
    }

    /// <summary>Writes the initialisation into <paramref name="w"/>.</summary>
    public void Initialize(Span<T> w, SeededRandom random, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "the initialisation scale s must be a positive number.");
        }

        for (int l = 0; l < Layers.Count; l++)
        {
            Layers[l].Initialize(Slice(w, l), random, scale);
        }
    }

    /// <summary>L(w).</summary>
    public double Loss(ReadOnlySpan<T> w, LabelledData<T> data) => Evaluate(w, default, data, [], [], accuracyOnly: false).Loss;

    /// <summary>L(w), writing ∇L(w) into <paramref name="gradient"/>.</summary>
    public double Gradient(ReadOnlySpan<T> w, LabelledData<T> data, Span<T> gradient)
    {
        RequireLength(gradient.Length, "gradient");
        return Evaluate(w, default, data, gradient, [], accuracyOnly: false).Loss;
    }

    /// <summary>
    /// ∇²L(w)·v into <paramref name="product"/>, and ∇L(w) into <paramref name="gradient"/> when it is not empty
    /// (without it the parameter gradients are not formed, which saves one product per layer). Returns L(w).
    /// </summary>
    public double HessianVectorProduct(ReadOnlySpan<T> w, ReadOnlySpan<T> v, LabelledData<T> data, Span<T> product, Span<T> gradient = default)
    {
        RequireLength(v.Length, "direction v");
        RequireLength(product.Length, "product");
        if (!gradient.IsEmpty)
        {
            RequireLength(gradient.Length, "gradient");
        }

        return Evaluate(w, v, data, gradient, product, accuracyOnly: false).Loss;
    }

    /// <summary>The fraction of samples whose largest logit is the label.</summary>
    public double Accuracy(ReadOnlySpan<T> w, LabelledData<T> data) => Evaluate(w, default, data, [], [], accuracyOnly: true).Accuracy;

    private Span<T> Slice(Span<T> w, int layer) => w[_offsets[layer].._offsets[layer + 1]];

    private ReadOnlySpan<T> Slice(ReadOnlySpan<T> w, int layer) => w[_offsets[layer].._offsets[layer + 1]];

    private void RequireLength(int length, string what)
    {
        if (length != ParameterCount)
        {
            throw new ArgumentException($"the {what} has length {length}; {Name} has d = {ParameterCount} parameters.");
        }
    }

    private (double Loss, double Accuracy) Evaluate(ReadOnlySpan<T> w, ReadOnlySpan<T> v, LabelledData<T> data, Span<T> gradient, Span<T> product, bool accuracyOnly)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireLength(w.Length, "parameter vector w");
        if (data.InputSize != InputSize || data.Classes != Classes)
        {
            throw new ArgumentException($"{Name} takes {InputSize} inputs and {Classes} classes; the data has {data.InputSize} and {data.Classes}.");
        }

        bool wantProduct = !product.IsEmpty;
        bool wantGradient = !gradient.IsEmpty || wantProduct;
        gradient.Clear();
        product.Clear();
        EnsureBuffers(Math.Min(ChunkSize, data.Count));
        T scale = T.One / T.CreateTruncating(data.Count);
        double loss = 0;
        int correct = 0;
        int layers = Layers.Count;
        for (int start = 0; start < data.Count; start += ChunkSize)
        {
            int rows = Math.Min(ChunkSize, data.Count - start);
            ReadOnlySpan<T> input = data.Inputs.AsSpan(start * InputSize, rows * InputSize);
            ReadOnlySpan<int> labels = data.Labels.AsSpan(start, rows);
            for (int l = 0; l < layers; l++)
            {
                Layers[l].Forward(Slice(w, l), l == 0 ? input : _activations[l], _activations[l + 1], rows);
            }

            Span<T> logits = _activations[layers].AsSpan(0, rows * Classes);
            if (accuracyOnly)
            {
                correct += CountCorrect(logits, labels);
                continue;
            }

            Span<T> delta = _deltas[layers].AsSpan(0, rows * Classes);
            loss += SoftmaxCrossEntropy.Probabilities<T>(logits, labels, Classes, delta);
            if (!wantGradient)
            {
                continue;
            }

            if (wantProduct)
            {
                for (int l = 0; l < layers; l++)
                {
                    ReadOnlySpan<T> rx = l == 0 ? [] : _tangents[l];
                    Layers[l].ForwardTangent(Slice(w, l), Slice(v, l), l == 0 ? input : _activations[l], rx, _tangents[l + 1], rows);
                }

                SoftmaxCrossEntropy.Tangent<T>(delta, _tangents[layers], rows, Classes, scale, _tangentDeltas[layers]);
            }

            SoftmaxCrossEntropy.Gradient(delta, labels, Classes, scale);
            for (int l = layers - 1; l >= 0; l--)
            {
                ReadOnlySpan<T> x = l == 0 ? input : _activations[l];
                Span<T> dx = l == 0 ? [] : _deltas[l];
                Layers[l].Backward(Slice(w, l), x, _deltas[l + 1], dx, gradient.IsEmpty ? [] : Slice(gradient, l), rows);
                if (wantProduct)
                {
                    ReadOnlySpan<T> rx = l == 0 ? [] : _tangents[l];
                    Span<T> rdx = l == 0 ? [] : _tangentDeltas[l];
                    Layers[l].BackwardTangent(Slice(w, l), Slice(v, l), x, rx, _deltas[l + 1], _tangentDeltas[l + 1], rdx, Slice(product, l), rows);
                }
            }
        }

        return (loss / data.Count, (double)correct / data.Count);
    }

    private int CountCorrect(ReadOnlySpan<T> logits, ReadOnlySpan<int> labels)
    {
        int correct = 0;
        for (int b = 0; b < labels.Length; b++)
        {
            ReadOnlySpan<T> z = logits.Slice(b * Classes, Classes);
            int best = 0;
            for (int c = 1; c < Classes; c++)
            {
                if (z[c] > z[best])
                {
                    best = c;
                }
            }

            correct += best == labels[b] ? 1 : 0;
        }

        return correct;
    }

    private void EnsureBuffers(int rows)
    {
        if (rows <= _bufferRows)
        {
            return;
        }

        int count = Layers.Count + 1;
        _activations = new T[count][];
        _deltas = new T[count][];
        _tangents = new T[count][];
        _tangentDeltas = new T[count][];
        for (int l = 0; l < count; l++)
        {
            int size = rows * (l == 0 ? InputSize : Layers[l - 1].OutputSize);
            bool input = l == 0;
            _activations[l] = input ? [] : new T[size];
            _deltas[l] = input ? [] : new T[size];
            _tangents[l] = input ? [] : new T[size];
            _tangentDeltas[l] = input ? [] : new T[size];
        }

        _bufferRows = rows;
    }
}
