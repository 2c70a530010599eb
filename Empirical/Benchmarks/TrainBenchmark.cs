using System.Diagnostics;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Training;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Empirical.Benchmarks;

/// <summary>
/// The C# side of <c>adamv bench train</c>: one full-batch epoch (forward, backward, Adam step) on the 5,500 mini-MNIST
/// training images for the 784-1000-1000-1000-10 MLP (mlp) and for LeNet (lenet), one gradient and one exact
/// Hessian-vector product of the MLP (gradient, hvp), the float32 Adam kernel alone at d parameters (adam), and a
/// plain copy of d floats (copy: the memory bandwidth the Adam kernel is measured against). Single-threaded (OpenBLAS
/// always runs at one thread) so that it compares with PyTorch and TorchSharp at one thread.
/// </summary>
public static class TrainBenchmark
{
    /// <summary>
    /// Bytes the Adam kernel moves per parameter per step: reads x, g, m, v and writes x, m, v, 4 bytes each (float32).
    /// </summary>
    public const int AdamBytesPerParameter = 28;

    /// <summary>Bytes a copy moves per float: one read and one write.</summary>
    public const int CopyBytesPerFloat = 8;

    /// <summary>The workloads named in <paramref name="workloads"/> (mlp, lenet, hvp → gradient and hvp, adam → adam and copy), prepared.</summary>
    public static BenchSide Prepare(MiniMnist data, int adamDimension, IReadOnlySet<string> workloads)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(workloads);
        LabelledData<float> train = data.Train<float>();
        var runs = new Dictionary<string, Func<double>>(StringComparer.Ordinal);
        if (workloads.Contains("mlp"))
        {
            runs["mlp"] = Epoch(Networks.Mlp<float>(3, 1000, chunkSize: train.Count), train);
        }

        if (workloads.Contains("lenet"))
        {
            runs["lenet"] = Epoch(Networks.LeNet<float>(), train);
        }

        if (workloads.Contains("hvp"))
        {
            Network<float> network = Networks.Mlp<float>(3, 1000, chunkSize: train.Count);
            float[] w = network.Initialize(new SeededRandom(1));
            float[] v = network.Initialize(new SeededRandom(2));
            var g = new float[network.ParameterCount];
            var hv = new float[network.ParameterCount];
            runs["gradient"] = () => Time(() => network.Gradient(w, train, g));
            runs["hvp"] = () => Time(() => network.HessianVectorProduct(w, v, train, hv));
        }

        if (workloads.Contains("adam"))
        {
            var kernel = new VectorAdam(AdamPresets.PyTorchAdam.Template, adamDimension);
            var x = new float[adamDimension];
            var random = new SeededRandom(3);
            float[] g = [.. Enumerable.Range(0, adamDimension).Select(_ => (float)random.Normal())];
            var copy = new float[adamDimension];
            runs["adam"] = () => Time(() => kernel.Step(x, g, 1e-3));
            runs["copy"] = () => Time(() => g.AsSpan().CopyTo(copy));
        }

        return new BenchSide("C#", runs);
    }

    private static Func<double> Epoch(Network<float> network, LabelledData<float> train)
    {
        float[] w = network.Initialize(new SeededRandom(0));
        var g = new float[network.ParameterCount];
        var adam = new VectorAdam(AdamPresets.PyTorchAdam.Template, network.ParameterCount);
        return () => Time(() =>
        {
            network.Gradient(w, train, g);
            adam.Step(w, g, 1e-3);
        });
    }

    private static double Time(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
