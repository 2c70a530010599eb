using System.Numerics;
using Adam.Verification.Empirical.Engine.Layers;

namespace Adam.Verification.Empirical.Engine;

/// <summary>
/// The networks of arXiv 2309.08339 §5 for 28×28 MNIST digits and 10 classes. "A k-layer network with h nodes per
/// layer" is the MLP 784 → h (×k hidden layers, ReLU) → 10; LeNet is the LeNet-5 layout (LeCun et al. 1998) with
/// ReLU and max-pooling: conv 1→6 5×5 pad 2, pool 2, conv 6→16 5×5, pool 2, dense 400→120→84→10.
/// </summary>
public static class Networks
{
    /// <summary>Input values per MNIST image.</summary>
    public const int Pixels = 28 * 28;

    /// <summary>Digit classes.</summary>
    public const int Classes = 10;

    /// <summary>The MLP inputs → width (× depth hidden layers with <paramref name="activation"/>, ReLU by default) → classes.</summary>
    public static Network<T> Mlp<T>(int depth, int width, int inputs = Pixels, int classes = Classes, int chunkSize = 512, Activation activation = Activation.Relu)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var layers = new List<ILayer<T>>();
        int previous = inputs;
        for (int i = 0; i < depth; i++)
        {
            layers.Add(new DenseLayer<T>(previous, width));
            layers.Add(activation == Activation.Relu ? new ReluLayer<T>(width) : new SmoothActivationLayer<T>(activation, width));
            previous = width;
        }

        layers.Add(new DenseLayer<T>(previous, classes));
        string nonlinearity = activation == Activation.Relu ? string.Empty : $" {activation.ToString().ToLowerInvariant()}";
        return new Network<T>($"mlp {inputs}-{width}x{depth}-{classes}{nonlinearity}", layers, chunkSize);
    }

    /// <summary>LeNet-5 with ReLU and max-pooling for 1×28×28 inputs.</summary>
    public static Network<T> LeNet<T>(int chunkSize = 256)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ILayer<T>[] layers =
        [
            new ConvolutionLayer<T>(1, 28, 28, 6, 5, padding: 2),
            new ReluLayer<T>(6 * 28 * 28),
            new MaxPoolLayer<T>(6, 28, 28),
            new ConvolutionLayer<T>(6, 14, 14, 16, 5),
            new ReluLayer<T>(16 * 10 * 10),
            new MaxPoolLayer<T>(16, 10, 10),
            new DenseLayer<T>(400, 120),
            new ReluLayer<T>(120),
            new DenseLayer<T>(120, 84),
            new ReluLayer<T>(84),
            new DenseLayer<T>(84, Classes),
        ];
        return new Network<T>("lenet", layers, chunkSize);
    }
}
