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
/// digits; writes NAME-SCALE.csv and NAME-SCALE.svg and prints a summary with α_ours, K̂ and the final values. When the
/// experiment's claim can judge its runs (<see cref="ExperimentClaim.CanJudge"/>: the schedulers experiment) it also prints
/// the claim's verdict over the runs given (one run here, or several traces as replicates), with every W's wins, and exits
/// 1 when that differs from the expected one.
/// With <c>--judge</c> it instead judges the experiment's claim over its replicate runs (docs/claims.md), prints the verdict
/// with every W's, writes nothing, and exits 1 when the verdict differs from the one expected at the scale.
/// </summary>
public static class ExperimentCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var name = new Argument<string?>("name") { Description = $"The experiment: {string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name))}.", Arity = ArgumentArity.ZeroOrOne };
        var specOut = new Option<FileInfo?>("--spec-out") { Description = "Write the experiment's spec for tools/torch_runner.py (PyTorch, CUDA when present) instead of running it." };
        var format = FigureFormatOption.Create();
        var fromTrace = new Option<FileInfo[]?>("--from-trace") { Description = "Judge, plot and summarise experiment traces written by tools/torch_runner.py instead of training here; several traces of the schedulers experiment (replicates at different seeds) are judged together by the claim's sign test.", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        Option<Choice<ExperimentScale>> scale = ChoiceOption.Create("--scale", "ci (small, seconds) or paper (the paper's sizes; minutes to hours).", ChoiceOption.Of<ExperimentScale>(), ExperimentScale.Ci);
        var seed = new Option<ulong?>("--seed") { Description = "Run seed: drives the initialisation, W's draws, the power iterations and the mini-batch order (default: $ADAMV_SEED or 20260101)." };
        var judge = new Option<bool>("--judge") { Description = "Judge the experiment's claims (schedulers has two) over their replicate runs at --scale (docs/claims.md) and print each verdict with every W's wins, writing nothing; exits 1 when a verdict differs from the one expected at the scale. Experiments with a claim: " + string.Join(", ", ExperimentClaims.Experiments) + ". At paper scale it trains one replicate (hours on a CPU), so the verdict there is Inconclusive by construction." };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the CSV and SVG.", DefaultValueFactory = _ => new DirectoryInfo("experiments") };
        var list = ExperimentCatalogue.All.Select(e => $"  {e.Name,-11} {e.Question}");
        var command = new Command("experiment", $"Run an experiment of arXiv 2309.08339 §5 (Adam with α_ours = √(2L(w0)/(K̂T)) against schedules) on mini-MNIST.\n\n{string.Join('\n', list)}\n\nExamples:\n  adamv experiment schedulers --scale ci\n  adamv experiment depth --judge --seed 7\n  adamv experiment schedulers --scale paper --out results\n  adamv experiment schedulers --scale paper --spec-out spec.json\n  python3 tools/torch_runner.py --spec spec.json --out trace.json --data Empirical/Data/mnist-digits.bin.gz\n  adamv experiment --from-trace trace.json --out results")
        {
            name, scale, seed, outDir, specOut, fromTrace, format, judge,
        };
        command.SetAction(parse =>
        {
            // A data file written to standard output (-) keeps standard output for the data: the rest goes to stderr.
            TextWriter output = StandardOutput.Is(parse.GetValue(specOut)) ? error : stdout;
            ExperimentScale level = parse.GetValue(scale).Value;
            if (parse.GetValue(judge))
            {
                OptionConflicts.Forbid(parse, "--judge (it judges the claim over its replicate runs and writes nothing)", specOut, fromTrace, outDir, format);
                string named = parse.GetValue(name) ?? throw new ArgumentException($"--judge: name the experiment (one of {string.Join(", ", ExperimentClaims.Experiments)}).");
                IReadOnlyList<IClaim> own = ExperimentClaims.ClaimsOf(ExperimentCatalogue.Get(named).Name);
                if (own.Count == 0)
                {
                    throw new ArgumentException($"--judge: the experiment '{named}' has no claim of its own; experiments with a claim: {string.Join(", ", ExperimentClaims.Experiments)}.");
                }

                ulong claimSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
                output.WriteLine(Gemm.Notice);
                if (level == ExperimentScale.Paper)
                {
                    output.WriteLine("Paper scale trains one replicate of every arm at the paper's sizes (hours on a CPU); one replicate cannot pass the sign test, so the verdict is Inconclusive whatever it shows.");
                }

                bool asExpected = true;
                foreach (IClaim claim in own)
                {
                    output.WriteLine($"{claim.Id} at {level.ToString().ToLowerInvariant()} scale, seed {claimSeed}: {claim.Definition.Statement}");
                    ClaimResult judged = claim.Check(new ClaimRunSettings(level == ExperimentScale.Paper ? BudgetLevel.Thorough : BudgetLevel.Quick, claimSeed));
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{judged.Id}: {judged.Verdict} (expected {judged.ExpectedVerdict} at {level.ToString().ToLowerInvariant()} scale; docs/claims.md#{judged.Id}) in {judged.Seconds:F0} s. {judged.Evidence}"));
                    asExpected &= judged.AsExpected;
                }

                return asExpected ? ExitCodes.Success : ExitCodes.Unexpected;
            }

            FigureFormat figures = FigureFormatOption.Read(parse, format);
            DirectoryInfo dir = parse.GetValue(outDir)!;
            OutputDestination.ForDirectory(dir.ToString(), "--out");
            if (parse.GetValue(specOut) is { } specFile)
            {
                OutputDestination.ForFile(StandardOutput.PathOf(specFile), "--spec-out");
            }

            ExperimentResult result;
            var replicates = new List<ExperimentResult>();
            ulong judgedSeed = 0;
            if (parse.GetValue(fromTrace) is { Length: > 0 } traces)
            {
                OptionConflicts.Forbid(parse, "--from-trace (a trace fixes the experiment, its scale and its seeds)", specOut, scale, seed);
                foreach (FileInfo trace in traces)
                {
                    InputFiles.Require(trace, "--from-trace");
                    (ExperimentResult one, string implementation, string device) = ExperimentTraceJson.Read(trace.FullName);
                    if (parse.GetValue(name) is { } named && named != one.Name)
                    {
                        throw new ArgumentException($"the experiment is named twice: '{named}' on the command line and '{one.Name}' in {trace.FullName}; give one.");
                    }

                    if (replicates.Count > 0 && (one.Name != replicates[0].Name || one.Scale != replicates[0].Scale))
                    {
                        throw new ArgumentException($"--from-trace: {trace.FullName} is the {one.Name} experiment at {one.Scale} scale; {traces[0].FullName} is {replicates[0].Name} at {replicates[0].Scale}: replicates must be one experiment at one scale.");
                    }

                    replicates.Add(one);
                    output.WriteLine($"{one.Name} ({one.Scale}) from {trace.FullName}: {implementation} on {device}, {one.Elapsed.TotalSeconds:F0} s there.");
                }

                result = replicates[0];
            }
            else
            {
                ulong runSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
                string experimentName = parse.GetValue(name) ?? throw new ArgumentException("name the experiment (one of " + string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name)) + ") or give --from-trace.");
                IExperiment experiment = ExperimentCatalogue.Get(experimentName);
                if (parse.GetValue(specOut) is { } spec)
                {
                    OptionConflicts.Forbid(parse, "--spec-out (it writes the spec and runs nothing)", outDir, format);
                    OutputSet.WriteFile(StandardOutput.PathOf(spec), ExperimentSpecJson.Write(experiment, level, runSeed), "--spec-out");
                    output.WriteLine($"wrote {(StandardOutput.Is(spec) ? "the spec to standard output" : spec.FullName)} ({experiment.Arms(level).Count} arms); run it with python3 tools/torch_runner.py --spec {(StandardOutput.Is(spec) ? "SPEC.json" : spec.Name)} --out TRACE.json");
                    return ExitCodes.Success;
                }

                output.WriteLine(Gemm.Notice);
                output.WriteLine($"{experiment.Name} ({level}): {experiment.Question}");
                output.WriteLine(ExperimentRunner.Seeded(experiment.Arms(level), runSeed)[0].Settings.Describe());
                var progress = new ExperimentProgressLine(error);
                result = new ExperimentRunner(MiniMnist.From(MnistDigits.Load()), progress).Run(experiment, level, runSeed);
                progress.Finish();
                replicates.Add(result);
                judgedSeed = runSeed;
            }

            // Everything is computed before anything is written, so a failure leaves no output behind.
            string stemName = OutputNames.Component($"{result.Name}-{result.Scale.ToString().ToLowerInvariant()}", "the experiment's name");
            string summary = ExperimentSummary.Format(result);
            // Each claim of the experiment that judges runs gives a verdict over them, or says why it cannot.
            var verdicts = ExperimentClaims.ClaimsOf(result.Name).OfType<ExperimentClaim>().Where(c => c.JudgesRuns).Select(c =>
            {
                string? why = replicates.Select(c.WhyNotJudged).FirstOrDefault(w => w is not null);
                return (Claim: c, NotJudged: why, Verdict: why is null ? c.JudgeResults(replicates, judgedSeed, replicates.Sum(r => r.Elapsed.TotalSeconds)) : null);
            }).ToList();
            string csvText = ExperimentCsv.Format(result), svgText = ExperimentSvg.Render(result);
            using (OutputSet set = OutputSet.Open(dir.FullName, "--out"))
            {
                CsvSidecar.Add(set, stemName + ".csv", csvText, CommandProvenance.Of(parse) with { Seed = parse.GetValue(fromTrace) is { Length: > 0 } ? null : judgedSeed }, ExperimentCsv.Columns);
                FigureFiles.Add(set, stemName, svgText, figures, FigureFormatOption.Name);
                set.Commit();
            }

            string stem = Path.Combine(dir.FullName, stemName);
            output.WriteLine(summary);
            foreach ((ExperimentClaim claim, string? notJudged, ClaimResult? verdict) in verdicts)
            {
                output.WriteLine(verdict is null
                    ? $"{claim.Id}: not judged, {notJudged}."
                    : $"{verdict.Id}: {verdict.Verdict} (expected {verdict.ExpectedVerdict} at {result.Scale} scale; docs/claims.md#{verdict.Id}) over {(replicates.Count == 1 ? "this run" : $"these {replicates.Count} runs")}. {verdict.Evidence}");
            }

            output.WriteLine($"wrote {stem}.csv and {string.Join(" and ", FigureFiles.Names(stem, figures))}{(replicates.Count > 1 ? " (the first run's)" : string.Empty)} ({result.Elapsed.TotalSeconds:F0} s)");
            return verdicts.Any(v => v.Verdict is { AsExpected: false }) ? ExitCodes.Unexpected : ExitCodes.Success;
        });
        return command;
    }
}
