using System.CommandLine;
using System.Globalization;
using Adam.Verification.Empirical.Benchmarks;
using Adam.Verification.Empirical.Bridge;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Torch;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv bench train</c>: the engine's speed as ratios against PyTorch and TorchSharp measured in the same run,
/// single-threaded, the three sides' repeats interleaved (see <see cref="InterleavedBench"/> and <see cref="BenchTable"/>).
/// </summary>
public static class BenchCommand
{
    private static readonly string[] AllWorkloads = ["mlp", "lenet", "hvp", "adam"];

    /// <summary>Builds the command group.</summary>
    public static Command Create(TextWriter output)
    {
        var repeats = new Option<int>("--repeats") { Description = "Timed repetitions per workload and side, interleaved across the sides (median and spread reported), after one warm-up.", DefaultValueFactory = _ => 3 };
        var only = new Option<string>("--only") { Description = "Comma-separated workloads: mlp, lenet, hvp, adam.", DefaultValueFactory = _ => string.Join(',', AllWorkloads) };
        var adamDimension = new Option<int>("--adam-dimension") { Description = "d for the Adam kernel workload.", DefaultValueFactory = _ => 10_000_000 };
        var noTorch = new Option<bool>("--no-torch") { Description = "Leave PyTorch (tools/torch_bench.py) out." };
        var noTorchSharp = new Option<bool>("--no-torchsharp") { Description = "Leave TorchSharp (in process) out." };
        var train = new Command("train", "One full-batch epoch of the 784-1000-1000-1000-10 MLP and of LeNet on the 5,500 mini-MNIST images, the HVP in gradients and the float32 Adam kernel at d = 1e7, single-threaded, against PyTorch in the same run.\n\nExamples:\n  adamv bench train\n  adamv bench train --only mlp,adam --repeats 5")
        {
            repeats, only, adamDimension, noTorch, noTorchSharp,
        };
        train.SetAction(parse =>
        {
            int r = parse.GetValue(repeats);
            if (r is < 1 or > 100)
            {
                throw new ArgumentException($"--repeats must lie in [1, 100]; got {r}.");
            }

            int d = parse.GetValue(adamDimension);
            if (d is < 1 or > 200_000_000)
            {
                throw new ArgumentException($"--adam-dimension must lie in [1, 2e8]; got {d}.");
            }

            string[] names = parse.GetValue(only)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            string? unknown = names.FirstOrDefault(n => !AllWorkloads.Contains(n));
            if (unknown is not null || names.Length == 0)
            {
                throw new ArgumentException($"--only takes mlp, lenet, hvp, adam; got '{unknown ?? string.Empty}'.");
            }

            if (!names.Contains("adam") && parse.GetResult(adamDimension) is { Implicit: false })
            {
                throw new ArgumentException("--adam-dimension applies only when --only includes adam.");
            }

            output.WriteLine(Gemm.Notice);
            var workloads = names.ToHashSet();
            MiniMnist data = MiniMnist.From(MnistDigits.Load());
            var sides = new List<BenchSide> { TrainBenchmark.Prepare(data, d, workloads) };
            using TorchBenchServer? torch = StartTorch(output, parse.GetValue(noTorch), string.Join(',', names), d);
            if (torch is not null)
            {
                sides.Add(torch.Side);
            }

            if (!parse.GetValue(noTorchSharp))
            {
                sides.Add(new BenchSide("TorchSharp", TorchSharpBench.Prepare(data.TrainImages, data.TrainLabels, d, workloads)));
                output.WriteLine($"{TorchSharpRecorder.Version}, in process, 1 thread.");
            }

            string[] order = ["mlp", "lenet", "gradient", "hvp", "adam", "copy"];
            IReadOnlyDictionary<(string Side, string Workload), BenchSamples> samples = InterleavedBench.Run(sides, order, r);
            foreach (string line in BenchTable.Lines(samples, [.. sides.Select(x => x.Name)], d, r))
            {
                output.WriteLine(line);
            }

            return ExitCodes.Success;
        });
        return new Command("bench", "Speed of the engine against PyTorch, as ratios from one run.") { train };
    }

    private static TorchBenchServer? StartTorch(TextWriter output, bool skip, string only, int dimension)
    {
        if (skip)
        {
            output.WriteLine("PyTorch: not run (--no-torch).");
            return null;
        }

        if (!TorchPython.IsAvailable(out string reason))
        {
            output.WriteLine($"PyTorch: skipped, because {reason}.");
            return null;
        }

        TorchBenchServer server = TorchBenchServer.Start(MnistDigits.DefaultPath, only, dimension);
        output.WriteLine($"{server.Version}.");
        return server;
    }
}
