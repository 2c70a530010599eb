using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Adam.Verification.Empirical.Benchmarks;
using Adam.Verification.Empirical.Bridge;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine.Blas;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv bench train</c>: the engine's speed as ratios against PyTorch measured in the same run, single-threaded
/// (issue targets: MLP epoch ≤ 1.0×, LeNet epoch ≤ 1.2×, HVP ≤ 2.2 gradients, Adam kernel ≥ 3× faster).
/// </summary>
public static class BenchCommand
{
    private static readonly string[] AllWorkloads = ["mlp", "lenet", "hvp", "adam"];

    /// <summary>Builds the command group.</summary>
    public static Command Create(TextWriter output)
    {
        var repeats = new Option<int>("--repeats") { Description = "Timed repetitions per workload (median reported), after one warm-up.", DefaultValueFactory = _ => 3 };
        var only = new Option<string>("--only") { Description = "Comma-separated workloads: mlp, lenet, hvp, adam.", DefaultValueFactory = _ => string.Join(',', AllWorkloads) };
        var adamDimension = new Option<int>("--adam-dimension") { Description = "d for the Adam kernel workload.", DefaultValueFactory = _ => 10_000_000 };
        var noTorch = new Option<bool>("--no-torch") { Description = "Time the C# side only." };
        var train = new Command("train", "One full-batch epoch of the 784-1000-1000-1000-10 MLP and of LeNet on the 5,500 mini-MNIST images, the HVP in gradients and the float32 Adam kernel at d = 1e7, single-threaded, against PyTorch in the same run.\n\nExamples:\n  adamv bench train\n  adamv bench train --only mlp,adam --repeats 5")
        {
            repeats, only, adamDimension, noTorch,
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
            TrainBenchmarkResult csharp = TrainBenchmark.Run(MiniMnist.From(MnistDigits.Load()), r, d, workloads);
            JsonElement? torch = null;
            if (parse.GetValue(noTorch))
            {
                output.WriteLine("PyTorch: not run (--no-torch).");
            }
            else if (!TorchPython.IsAvailable(out string reason))
            {
                output.WriteLine($"PyTorch: skipped, because {reason}.");
            }
            else
            {
                string json = TorchPython.Run("torch_bench.py", ["--data", MnistDigits.DefaultPath, "--repeats", r.ToString(CultureInfo.InvariantCulture), "--adam-dimension", d.ToString(CultureInfo.InvariantCulture), "--only", string.Join(',', names)], TimeSpan.FromMinutes(30), singleThreaded: true);
                torch = JsonDocument.Parse(json).RootElement;
                output.WriteLine($"PyTorch {torch.Value.GetProperty("torch").GetString()}, {torch.Value.GetProperty("threads").GetInt32()} thread.");
            }

            output.WriteLine("workload                         C# s      PyTorch s   ratio      target");
            Row(output, "MLP 3×1000 epoch (C#/PyTorch)", csharp.MlpEpochSeconds, Get(torch, "mlp_epoch_s"), "≤ 1.0", invert: false);
            Row(output, "LeNet epoch (C#/PyTorch)", csharp.LeNetEpochSeconds, Get(torch, "lenet_epoch_s"), "≤ 1.2", invert: false);
            if (csharp.HvpInGradients is double hvp)
            {
                double? torchHvp = Get(torch, "mlp_hvp_s") / Get(torch, "mlp_gradient_s");
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"HVP in gradients (MLP)",-30} {hvp,8:F2}  {(torchHvp is double t ? t.ToString("F2", CultureInfo.InvariantCulture) : "—"),10}   {"",-9}  ≤ 2.2 (C#)"));
            }

            Row(output, $"Adam step d={d:G3} (PyTorch/C#)", csharp.AdamStepSeconds, Get(torch, "adam_step_s"), "≥ 3", invert: true);
            return ExitCodes.Success;
        });
        return new Command("bench", "Speed of the engine against PyTorch, as ratios from one run.") { train };
    }

    private static double? Get(JsonElement? torch, string name) =>
        torch is { } t && t.TryGetProperty(name, out JsonElement value) ? value.GetDouble() : null;

    private static void Row(TextWriter output, string label, double? csharp, double? torch, string target, bool invert)
    {
        if (csharp is not double c)
        {
            return;
        }

        string ratio = torch is double t ? (invert ? t / c : c / t).ToString("F2", CultureInfo.InvariantCulture) : "—";
        string torchText = torch is double tt ? tt.ToString("F4", CultureInfo.InvariantCulture) : "—";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-30} {c,8:F4}  {torchText,10}   {ratio,-9}  {target}"));
    }
}
