using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Empirical.Training;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>
/// The C# side of <c>adamv bench train</c>: one full-batch epoch (forward, backward, Adam step) on the 5,500 mini-MNIST
/// training images for the 784-1000-1000-1000-10 MLP and for LeNet, the exact Hessian-vector product against one
/// gradient, and the float32 Adam kernel alone at d = 10^7. Single-threaded (OpenBLAS always runs at one thread) so
/// that it compares with PyTorch at one thread; each figure is a median of repeats after a warm-up.
/// </summary>
public static class TrainBenchmark
{
    /// <summary>Runs the workloads named in <paramref name="workloads"/> (mlp, lenet, hvp, adam).</summary>
    public static TrainBenchmarkResult Run(MiniMnist data, int repeats, int adamDimension, IReadOnlySet<string> workloads)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(workloads);
        LabelledData<float> train = data.Train<float>();
        var result = new TrainBenchmarkResult(Gemm.Backend, adamDimension);
        if (workloads.Contains("mlp"))
        {
            result = result with { MlpEpochSeconds = Epoch(Networks.Mlp<float>(3, 1000, chunkSize: train.Count), train, repeats) };
        }

        if (workloads.Contains("lenet"))
        {
            result = result with { LeNetEpochSeconds = Epoch(Networks.LeNet<float>(), train, repeats) };
        }

        if (workloads.Contains("hvp"))
        {
            Network<float> network = Networks.Mlp<float>(3, 1000, chunkSize: train.Count);
            float[] w = network.Initialize(new SeededRandom(1));
            float[] v = network.Initialize(new SeededRandom(2));
            var g = new float[network.ParameterCount];
            var hv = new float[network.ParameterCount];
            result = result with
            {
                GradientSeconds = Timing.Median(() => network.Gradient(w, train, g), repeats),
                HvpSeconds = Timing.Median(() => network.HessianVectorProduct(w, v, train, hv), repeats),
            };
        }

        if (workloads.Contains("adam"))
        {
            var kernel = new VectorAdam(AdamPresets.PyTorchAdam.Template, adamDimension);
            var x = new float[adamDimension];
            var random = new SeededRandom(3);
            float[] g = Enumerable.Range(0, adamDimension).Select(_ => (float)random.Normal()).ToArray();
            result = result with { AdamStepSeconds = Timing.Median(() => kernel.Step(x, g, 1e-3), Math.Max(repeats, 5)) };
        }

        return result;
    }

    private static double Epoch(Network<float> network, LabelledData<float> train, int repeats)
    {
        float[] w = network.Initialize(new SeededRandom(0));
        var g = new float[network.ParameterCount];
        var adam = new VectorAdam(AdamPresets.PyTorchAdam.Template, network.ParameterCount);
        return Timing.Median(
            () =>
            {
                network.Gradient(w, train, g);
                adam.Step(w, g, 1e-3);
            },
            repeats);
    }
}
