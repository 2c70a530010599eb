using System.Text.Json.Nodes;
using System.Xml.Linq;
using Adam.Verification.Cli;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Schedules;

using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>adamv experiment and adamv bench: files written, the summary, and one-line errors.</summary>
public sealed class ExperimentCliTests
{
    [Fact]
    public void Experiment_at_ci_scale_writes_csv_and_svg_and_prints_the_summary()
    {
        using var scratch = ScratchDirectory.Create("adamv-exp-");
        string dir = scratch.Combine("out");
        (int code, string output, string error) = Adamv.Run("experiment", "rho", "--scale", "ci", "--out", dir);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("GEMM: ", output, StringComparison.Ordinal);
        Assert.Contains("α_ours, ρ = 1E-06", output, StringComparison.Ordinal);
        Assert.Contains("K̂", output, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(dir, "rho-ci.csv"));
        Assert.Equal(1 + (4 * 31), csv.Length);
        Assert.StartsWith("experiment,arm,schedule,epoch,loss,grad_norm,test_accuracy", csv[0], StringComparison.Ordinal);
        XDocument.Load(Path.Combine(dir, "rho-ci.svg"));
        Assert.Contains("epoch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_drives_the_run_and_reproduces_it()
    {
        using var scratch = ScratchDirectory.Create("adamv-exp-");
        string dir = scratch.Path;
        string Csv(string seed, string name)
        {
            (int code, _, string error) = Adamv.Run("experiment", "rho", "--scale", "ci", "--seed", seed, "--out", Path.Combine(dir, name));
            Assert.True(code == ExitCodes.Success, error);
            return File.ReadAllText(Path.Combine(dir, name, "rho-ci.csv"));
        }

        string a = Csv("5", "a"), again = Csv("5", "b"), other = Csv("6", "c");
        Assert.Equal(a, again);
        Assert.NotEqual(a, other);
    }

    [Theory]
    [InlineData(10, Verdict.Held)]
    [InlineData(5, Verdict.Inconclusive)]
    [InlineData(1, Verdict.Inconclusive)]
    public void Replicate_traces_are_judged_by_the_sign_test_and_an_unexpected_verdict_exits_1(int wins, Verdict expected)
    {
        // Ten synthetic paper-scale traces: every arm trains (loss 2.3 → 0.1, accuracy 0.9); in the first `wins` of them the
        // calibrated arm ends at ‖∇L‖ 0.01 (below every scheduler's 0.05), in the others at 0.5.
        using var scratch = ScratchDirectory.Create("adamv-exp-");
        string dir = scratch.Path;
        string[] traces = [.. Enumerable.Range(0, wins == 1 ? 1 : 10).Select(i => WriteTrace(dir, $"t{i}.json", calibratedWins: i < wins))];
        (int code, string output, string error) = Adamv.Run(["experiment", "--from-trace", .. traces, "--out", Path.Combine(dir, "out")]);
        Assert.Contains($"constant-step-beats-schedulers: {expected} (expected {Verdict.Inconclusive} at Paper scale", output, StringComparison.Ordinal);
        Assert.True(code == (expected == Verdict.Inconclusive ? ExitCodes.Success : ExitCodes.Unexpected), $"exit {code}: {error}");
        string svg = File.ReadAllText(Directory.GetFiles(Path.Combine(dir, "out"), "*.svg").Single());
        Assert.Contains("source: trace t0.json (", svg, StringComparison.Ordinal);
    }

    private static string WriteTrace(string dir, string name, bool calibratedWins)
    {
        var arms = new JsonArray();
        foreach (Arm arm in new SchedulersExperiment().Arms(ExperimentScale.Paper))
        {
            int epochs = arm.Settings.Epochs;
            bool calibrated = arm.Label == SchedulersExperiment.CalibratedLabel;
            double kHat = calibrated ? 2 * 2.3 / (epochs * SchedulersExperiment.PaperAlphaOurs * SchedulersExperiment.PaperAlphaOurs) : 1;
            double alphaOurs = PaperStepSizes.AlphaOurs(2.3, kHat, epochs);
            IStepSchedule schedule = arm.Schedule(new StepSizeContext(alphaOurs, epochs));
            double final = calibrated ? (calibratedWins ? 0.01 : 0.5) : 0.05;
            var records = new JsonArray();
            for (int e = 0; e <= epochs; e++)
            {
                records.Add(new JsonObject { ["epoch"] = e, ["loss"] = e == 0 ? 2.3 : 0.1, ["grad_norm"] = e == 0 ? 0.1 : final, ["test_accuracy"] = e == 0 ? 0.1 : 0.9, ["alpha"] = e == 0 ? 0 : schedule.Alpha(e) });
            }

            arms.Add(new JsonObject
            {
                ["label"] = arm.Label, ["schedule"] = ExperimentSpecJson.ScheduleText(arm), ["is_alpha_ours"] = arm.IsAlphaOurs, ["k_hat"] = kHat, ["k_hat_samples"] = new JsonArray(kHat),
                ["initial_loss"] = 2.3, ["alpha_ours"] = alphaOurs, ["sampling_scale"] = calibrated ? 2.3 : arm.Settings.SamplingScale, ["unconverged"] = 0, ["epochs"] = records,
            });
        }

        string path = Path.Combine(dir, name);
        File.WriteAllText(path, new JsonObject
        {
            ["format"] = "adamv-experiment-trace/1", ["experiment"] = "schedulers", ["scale"] = "paper", ["question"] = new SchedulersExperiment().Question, ["implementation"] = "torch", ["device"] = "cpu", ["elapsed_s"] = 1, ["arms"] = arms,
        }.ToJsonString());
        return path;
    }

    [Theory]
    [InlineData("experiment nosuch", "unknown experiment 'nosuch'")]
    [InlineData("experiment schedulers --scale huge", "huge")]
    [InlineData("bench train --only mlp,gpu", "gpu")]
    [InlineData("bench train --repeats 0", "0")]
    public void Bad_arguments_exit_2_with_one_line(string args, string mentioned)
    {
        (int code, string output, string error) = Adamv.Run(args.Split(' '));
        Assert.Equal(ExitCodes.BadArguments, code);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(mentioned, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void Bench_interleaves_pytorch_served_by_torch_bench()
    {
        (int code, string output, string error) = Adamv.Run("bench", "train", "--only", "adam", "--adam-dimension", "100000", "--repeats", "2", "--no-torchsharp");
        Assert.True(code == ExitCodes.Success, error + output);
        Assert.Contains("PyTorch 1.", output, StringComparison.Ordinal);
        Assert.Matches(@"Adam step d=100,000\s+[0-9.E+-]+ ±\d+%\s+[0-9.E+-]+ ±\d+%\s+\d+\.\d\d\s+≥ 3", output);
    }
}
