using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace Adam.Verification.Torch;

/// <summary>
/// TorchSharp (LibTorch 2.10, in process, one thread) on <c>adamv bench train</c>'s workloads: a full-batch epoch of the
/// 784-1000-1000-1000-10 ReLU MLP and of LeNet-5 with <c>optim.Adam</c> (mlp, lenet), one gradient and one
/// double-backward Hessian-vector product of the MLP (gradient, hvp), and <c>optim.Adam.step()</c> alone on one float32
/// tensor of d parameters (adam) — the same work as the C# engine and tools/torch_bench.py.
/// </summary>
public static class TorchSharpBench
{
    /// <summary>
    /// The workloads in <paramref name="workloads"/> (mlp, lenet, hvp → gradient and hvp, adam), prepared on the
    /// <paramref name="images"/> (784 floats per image, row-major) and <paramref name="labels"/>; each function runs once and returns seconds.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<double>> Prepare(float[] images, int[] labels, int adamDimension, IReadOnlySet<string> workloads)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(workloads);
        TorchSharpRecorder.Initialise();
        random.manual_seed(0);
        int count = labels.Length;
        Tensor x = tensor(images, [count, 784]);
        Tensor y = tensor(labels.Select(l => (long)l).ToArray());
        var runs = new Dictionary<string, Func<double>>(StringComparer.Ordinal);
        if (workloads.Contains("mlp"))
        {
            runs["mlp"] = Epoch(Mlp(), x, y);
        }

        if (workloads.Contains("lenet"))
        {
            runs["lenet"] = Epoch(LeNet(), x.view(count, 1, 28, 28), y);
        }

        if (workloads.Contains("hvp"))
        {
            nn.Module<Tensor, Tensor> model = Mlp();
            Tensor[] parameters = [.. model.parameters()];
            Tensor[] v = [.. parameters.Select(p => randn_like(p))];
            runs["gradient"] = () => Time(() => autograd.grad([nn.functional.cross_entropy(model.call(x), y)], parameters));
            runs["hvp"] = () => Time(() =>
            {
                IList<Tensor> g = autograd.grad([nn.functional.cross_entropy(model.call(x), y)], parameters, retain_graph: true, create_graph: true);
                autograd.grad(g, parameters, v);
            });
        }

        if (workloads.Contains("adam"))
        {
            var p = new TorchSharp.Modules.Parameter(zeros(adamDimension));
            p.grad = randn(adamDimension);
            optim.Optimizer opt = optim.Adam([p], 1e-3);
            runs["adam"] = () => Time(() => opt.step());
        }

        return runs;
    }

    private static nn.Module<Tensor, Tensor> Mlp() =>
        nn.Sequential(nn.Linear(784, 1000), nn.ReLU(), nn.Linear(1000, 1000), nn.ReLU(), nn.Linear(1000, 1000), nn.ReLU(), nn.Linear(1000, 10));

    private static nn.Module<Tensor, Tensor> LeNet() =>
        nn.Sequential(
            nn.Conv2d(1, 6, 5, padding: 2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10));

    private static Func<double> Epoch(nn.Module<Tensor, Tensor> model, Tensor x, Tensor y)
    {
        optim.Optimizer opt = optim.Adam(model.parameters(), 1e-3);
        return () => Time(() =>
        {
            opt.zero_grad();
            nn.functional.cross_entropy(model.call(x), y).backward();
            opt.step();
        });
    }

    private static double Time(Action action)
    {
        using DisposeScope scope = NewDisposeScope();
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
