using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Empirical.Experiments.Output;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv experiment NAME [--scale ci|paper] [--out DIR]</c>: one experiment of arXiv 2309.08339 §5 on real MNIST
/// digits; writes NAME-SCALE.csv and NAME-SCALE.svg and prints a summary with α_ours, K̂ and the final values. For the
/// schedulers experiment it also prints the claim's verdict per W and, at paper scale, exits 1 when the verdict differs
/// from the expected one (at CI scale one run does not decide the claim: its check is a sign test over replicates).
/// </summary>
public static class ExperimentCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string?>("name") { Description = $"The experiment: {string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name))}.", Arity = ArgumentArity.ZeroOrOne };
        var specOut = new Option<FileInfo?>("--spec-out") { Description = "Write the experiment's spec for tools/torch_runner.py (PyTorch, CUDA when present) instead of running it." };
        var fromTrace = new Option<FileInfo?>("--from-trace") { Description = "Judge, plot and summarise an experiment trace written by tools/torch_runner.py instead of training here." };
        var scale = new Option<string>("--scale") { Description = "ci (small, seconds) or paper (the paper's sizes; minutes to hours).", DefaultValueFactory = _ => "ci" };
        var seed = new Option<ulong?>("--seed") { Description = "Run seed: drives the initialisation, W's draws, the power iterations and the mini-batch order (default: $ADAMV_SEED or 20260101)." };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the CSV and SVG.", DefaultValueFactory = _ => new DirectoryInfo("experiments") };
        var list = ExperimentCatalogue.All.Select(e => $"  {e.Name,-11} {e.Question}");
        var command = new Command("experiment", $"Run an experiment of arXiv 2309.08339 §5 (Adam with α_ours = √(2L(w0)/(K̂T)) against schedules) on mini-MNIST.\n\n{string.Join('\n', list)}\n\nExamples:\n  adamv experiment schedulers --scale ci\n  adamv experiment schedulers --scale paper --out results\n  adamv experiment schedulers --scale paper --spec-out spec.json\n  python3 tools/torch_runner.py --spec spec.json --out trace.json --data Empirical/Data/mnist-digits.bin.gz\n  adamv experiment --from-trace trace.json --out results")
        {
            name, scale, seed, outDir, specOut, fromTrace,
        };
        command.SetAction(parse =>
        {
            ExperimentScale level = parse.GetValue(scale)!.ToLowerInvariant() switch
            {
                "ci" => ExperimentScale.Ci,
                "paper" => ExperimentScale.Paper,
                string other => throw new ArgumentException($"--scale must be ci or paper; got '{other}'."),
            };
            DirectoryInfo dir = parse.GetValue(outDir)!;
            OutputDestination.ForDirectory(dir.FullName, "--out");
            if (parse.GetValue(specOut) is { } specFile)
            {
                OutputDestination.ForFile(specFile.FullName, "--spec-out");
            }

            ExperimentResult result;
            if (parse.GetValue(fromTrace) is { } trace)
            {
                OptionConflicts.Forbid(parse, "--from-trace (the trace fixes the experiment, its scale and its seed)", specOut, scale, seed);
                InputFiles.Require(trace, "--from-trace");
                (result, string implementation, string device) = ExperimentTraceJson.Read(trace.FullName);
                if (parse.GetValue(name) is { } named && named != result.Name)
                {
                    throw new ArgumentException($"the experiment is named twice: '{named}' on the command line and '{result.Name}' in {trace.FullName}; give one.");
                }

                output.WriteLine($"{result.Name} ({result.Scale}) from {trace.FullName}: {implementation} on {device}, {result.Elapsed.TotalSeconds:F0} s there.");
            }
            else
            {
                ulong runSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
                string experimentName = parse.GetValue(name) ?? throw new ArgumentException("name the experiment (one of " + string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name)) + ") or give --from-trace.");
                IExperiment experiment = ExperimentCatalogue.Get(experimentName);
                if (parse.GetValue(specOut) is { } spec)
                {
                    OptionConflicts.Forbid(parse, "--spec-out (it writes the spec and runs nothing)", outDir);
                    OutputSet.WriteFile(spec.FullName, ExperimentSpecJson.Write(experiment, level, runSeed), "--spec-out");
                    output.WriteLine($"wrote {spec.FullName} ({experiment.Arms(level).Count} arms); run it with python3 tools/torch_runner.py --spec {spec.Name} --out TRACE.json");
                    return ExitCodes.Success;
                }

                output.WriteLine(Gemm.Notice);
                output.WriteLine($"{experiment.Name} ({level}): {experiment.Question}");
                output.WriteLine(ExperimentRunner.Seeded(experiment.Arms(level), runSeed)[0].Settings.Describe());
                var progress = new ExperimentProgressLine(error);
                result = new ExperimentRunner(MiniMnist.From(MnistDigits.Load()), progress).Run(experiment, level, runSeed);
                progress.Finish();
            }

            // Everything is computed before anything is written, so a failure leaves no output behind.
            string stemName = OutputNames.Component($"{result.Name}-{result.Scale.ToString().ToLowerInvariant()}", "the experiment's name");
            string summary = ExperimentSummary.Format(result);
            ClaimResult? verdict = result.Name == new SchedulersExperiment().Name ? new ConstantStepBeatsSchedulersClaim().Judge(result, 0, result.Elapsed.TotalSeconds) : null;
            string csvText = ExperimentCsv.Format(result), svgText = ExperimentSvg.Render(result);
            using (OutputSet set = OutputSet.Open(dir.FullName, "--out"))
            {
                set.Add(stemName + ".csv", csvText);
                set.Add(stemName + ".svg", svgText);
                set.Commit();
            }

            string stem = Path.Combine(dir.FullName, stemName);
            output.WriteLine(summary);
            if (verdict is not null)
            {
                output.WriteLine(result.Scale == ExperimentScale.Paper
                    ? $"{verdict.Id}: {verdict.Verdict} (expected {verdict.ExpectedVerdict}). {verdict.Evidence}"
                    : $"{verdict.Id}, this run: {verdict.Verdict}. At CI scale one run does not decide: the claim is a sign test over {ConstantStepBeatsSchedulersClaim.CiReplicates} replicate runs (expected {ConstantStepBeatsSchedulersClaim.CiVerdict}; docs/claims.md#constant-step-beats-schedulers). {verdict.Evidence}");
            }

            output.WriteLine($"wrote {stem}.csv and {stem}.svg ({result.Elapsed.TotalSeconds:F0} s)");
            return verdict is { AsExpected: false } && result.Scale == ExperimentScale.Paper ? ExitCodes.Unexpected : ExitCodes.Success;
        });
        return command;
    }
}
