using Adam.Verification.Empirical.Bridge;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The spec → PyTorch → trace path of issue 5 (GPU runs): tools/torch_runner.py executes a spec written by C#, and
/// C# reads the trace back, plots it and judges the claim. On CPU (trait Torch) at CI scale, where the independent
/// PyTorch implementation must agree with ours on the facts that do not depend on the initial draw; on CUDA (trait
/// GPU) at paper scale, skipped with the reason when no CUDA device is visible.
/// </summary>
public sealed class TorchRunnerTests
{
    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void The_runner_calibrates_W_to_the_papers_alpha_ours_and_csharp_judges_its_trace()
    {
        // The reader checks the calibrated arm: s inside [1, 16] and α_ours within 2% of 0.045 (the runner's own K̂); at this
        // seed the search lands below 4.
        (ExperimentResult torch, _, _) = RunOnCpu(new SchedulersExperiment());
        SmoothnessEstimate k = torch.Arms.Single(a => a.Label == SchedulersExperiment.CalibratedLabel).Smoothness;
        Assert.InRange(k.SamplingScale, 1.5, 4);
        Assert.InRange(k.AlphaOurs, 0.045 / 1.011, 0.045 * 1.011);
        ClaimResult verdict = new ExperimentClaim(ExperimentClaims.Schedulers).JudgeResults([torch], 0, 0);
        // One run is one replicate, which no sign test can decide on; every W of the trace is judged.
        Assert.Equal(Verdict.Inconclusive, verdict.Verdict);
        Assert.Contains("Wins of tested replicates per W: s = 1: ", verdict.Evidence, StringComparison.Ordinal);
        Assert.Contains("s = 3: ", verdict.Evidence, StringComparison.Ordinal);
    }

    [TorchFact]
    [Trait(Traits.Category, Traits.Torch)]
    public void The_runner_executes_a_spec_on_cpu_and_csharp_reads_the_trace_back()
    {
        (ExperimentResult torch, string implementation, string device) = RunOnCpu(new RhoExperiment());
        Assert.StartsWith("torch ", implementation, StringComparison.Ordinal);
        Assert.StartsWith("cpu", device, StringComparison.Ordinal);
        Assert.Equal(4, torch.Arms.Count);
        Assert.All(torch.Arms, a => Assert.Equal(31, a.Epochs.Count));

        ExperimentResult ours = new ExperimentRunner(MiniMnist.From(MnistDigits.Load())).Run(new RhoExperiment(), ExperimentScale.Ci);
        for (int i = 0; i < 4; i++)
        {
            SmoothnessEstimate t = torch.Arms[i].Smoothness, c = ours.Arms[i].Smoothness;
            Assert.Equal(ours.Arms[i].Label, torch.Arms[i].Label);
            Assert.InRange(t.KHat / c.KHat, 0.5, 2);
            Assert.InRange(t.InitialLoss, Math.Log(10) - 0.2, Math.Log(10) + 0.2);
            Assert.Equal(Math.Sqrt(2 * t.InitialLoss / (t.KHat * 30)), t.AlphaOurs, 9);
        }
    }

    [Fact]
    public void A_malformed_experiment_trace_names_the_file_and_the_path()
    {
        string good = Cli.BadInputCatalogueTests.GoodExperimentTrace;
        Assert.Equal(4, ExperimentTraceJson.Parse(good, "t.json").Result.Arms.Count);
        Assert.Contains("t.json: $.format is 'x'", Assert.Throws<TraceFormatException>(() => ExperimentTraceJson.Parse(good.Replace("adamv-experiment-trace/1", "x", StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);
        Assert.Contains("t.json: $.arms[0].epochs[0].grad_norm is missing or not a number", Assert.Throws<TraceFormatException>(() => ExperimentTraceJson.Parse(good.Replace("\"grad_norm\"", "\"gn\"", StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);
        Assert.Contains("epoch is 5, expected 0", Assert.Throws<TraceFormatException>(() => ExperimentTraceJson.Parse(good.Replace("\"epoch\":0", "\"epoch\":5", StringComparison.Ordinal), "t.json")).Message, StringComparison.Ordinal);
        Assert.Contains("not JSON", Assert.Throws<TraceFormatException>(() => ExperimentTraceJson.Parse("{", "t.json")).Message, StringComparison.Ordinal);
    }

    [GpuFact]
    [Trait(Traits.Category, Traits.Gpu)]
    public void On_a_GPU_the_paper_scale_schedulers_run_is_judged_from_its_trace()
    {
        using var scratch = ScratchDirectory.Create("adamv-gpu-");
        string dir = scratch.Path;
        string spec = Path.Combine(dir, "spec.json"), trace = Path.Combine(dir, "trace.json");
        File.WriteAllText(spec, ExperimentSpecJson.Write(new SchedulersExperiment(), ExperimentScale.Paper));
        TorchPython.Run("torch_runner.py", ["--spec", spec, "--out", trace, "--data", MnistDigits.DefaultPath, "--device", "cuda"], TimeSpan.FromHours(1));
        (ExperimentResult result, _, string device) = ExperimentTraceJson.Read(trace);
        Assert.StartsWith("cuda", device, StringComparison.Ordinal);
        // PyTorch draws its own initialisation, so its single run need not land on our run's side of a narrow margin
        // (ratio 0.90 at seed 20260101): the test checks the calibration and that every W is judged, and prints the verdict.
        SmoothnessEstimate k = result.Arms.Single(a => a.Label == SchedulersExperiment.CalibratedLabel).Smoothness;
        Assert.InRange(k.AlphaOurs, SchedulersExperiment.PaperAlphaOurs / 1.021, SchedulersExperiment.PaperAlphaOurs * 1.021);
        ClaimResult verdict = new ExperimentClaim(ExperimentClaims.Schedulers).JudgeResults([result], 0, result.Elapsed.TotalSeconds);
        Assert.Equal(5, new ExperimentClaim(ExperimentClaims.Schedulers).FromResult(result).Outcomes.Count);
        Console.WriteLine($"{verdict.Verdict}: {verdict.Evidence}");
    }

    /// <summary>Writes the CI-scale spec of <paramref name="experiment"/>, runs tools/torch_runner.py on CPU and reads its trace back.</summary>
    private static (ExperimentResult Result, string Implementation, string Device) RunOnCpu(IExperiment experiment)
    {
        using var scratch = ScratchDirectory.Create("adamv-runner-");
        string spec = scratch.Combine("spec.json"), trace = scratch.Combine("trace.json");
        File.WriteAllText(spec, ExperimentSpecJson.Write(experiment, ExperimentScale.Ci));
        TorchPython.Run("torch_runner.py", ["--spec", spec, "--out", trace, "--data", MnistDigits.DefaultPath, "--device", "cpu"], TimeSpan.FromMinutes(10), singleThreaded: true);
        return ExperimentTraceJson.Read(trace);
    }
}
