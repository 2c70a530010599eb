using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// A small random network with data, for the engine's derivative checks: either an MLP (dense with ReLU, tanh, softplus or GELU) or a
/// convolutional net (conv with padding, ReLU, max-pool, dense), with random widths, parameters at s = 3 so that
/// ReLUs sit on both sides, and random inputs and labels.
/// </summary>
internal sealed record EngineCase(ulong Seed, bool Convolutional, int Samples, int Chunk)
{
    private static readonly Activation[] Activations = [Activation.Relu, Activation.Tanh, Activation.Softplus, Activation.Gelu];

    public static EngineCase Draw(SeededRandom random) =>
        new(random.NextSeed(), random.Bernoulli(0.5), random.NextInt(1, 9), random.NextInt(1, 5));

    public Network<T> Network<T>()
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var random = new SeededRandom(Seed);
        if (!Convolutional)
        {
            int width = random.NextInt(2, 7);
            int depth = random.NextInt(1, 3);
            return Networks.Mlp<T>(depth, width, inputs: 5, classes: 3, chunkSize: Chunk, activation: random.Choose(Activations));
        }

        int channels = random.NextInt(1, 3);
        ILayer<T>[] layers =
        [
            new ConvolutionLayer<T>(1, 6, 6, channels, 3, padding: 1),
            new ReluLayer<T>(channels * 36),
            new MaxPoolLayer<T>(channels, 6, 6),
            new ConvolutionLayer<T>(channels, 3, 3, 2, 2),
            new ReluLayer<T>(2 * 4),
            new DenseLayer<T>(8, 3),
        ];
        return new Network<T>("conv-case", layers, Chunk);
    }

    public LabelledData<T> Data<T>()
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var random = new SeededRandom(SeededRandom.DeriveSeed(Seed, 1));
        int inputs = Convolutional ? 36 : 5;
        var x = new T[Samples * inputs];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = T.CreateTruncating(random.Normal());
        }

        int[] labels = Enumerable.Range(0, Samples).Select(_ => random.NextInt(3)).ToArray();
        return new LabelledData<T>(x, labels, inputs, 3);
    }

    public T[] Point<T>(Network<T> network)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        network.Initialize(new SeededRandom(SeededRandom.DeriveSeed(Seed, 2)), scale: 3);

    public double[] Direction(int dimension)
    {
        var random = new SeededRandom(SeededRandom.DeriveSeed(Seed, 3));
        return Enumerable.Range(0, dimension).Select(_ => random.Normal()).ToArray();
    }
}
