using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Empirical.Data;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Empirical.Experiments.Output;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv experiment NAME [--scale ci|paper] [--out DIR]</c>: one experiment of arXiv 2309.08339 §5 on real MNIST
/// digits; writes NAME-SCALE.csv and NAME-SCALE.svg and prints a summary with α_ours, K̂ and the final values.
/// </summary>
public static class ExperimentCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name") { Description = $"The experiment: {string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name))}." };
        var scale = new Option<string>("--scale") { Description = "ci (small, seconds) or paper (the paper's sizes; minutes to hours).", DefaultValueFactory = _ => "ci" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder for the CSV and SVG.", DefaultValueFactory = _ => new DirectoryInfo("experiments") };
        var list = ExperimentCatalogue.All.Select(e => $"  {e.Name,-11} {e.Question}");
        var command = new Command("experiment", $"Run an experiment of arXiv 2309.08339 §5 (Adam with α_ours = √(2L(w0)/(K̂T)) against schedules) on mini-MNIST.\n\n{string.Join('\n', list)}\n\nExamples:\n  adamv experiment schedulers --scale ci\n  adamv experiment schedulers --scale paper --out results")
        {
            name, scale, outDir,
        };
        command.SetAction(parse =>
        {
            IExperiment experiment = ExperimentCatalogue.Get(parse.GetValue(name)!);
            ExperimentScale level = parse.GetValue(scale)!.ToLowerInvariant() switch
            {
                "ci" => ExperimentScale.Ci,
                "paper" => ExperimentScale.Paper,
                string other => throw new ArgumentException($"--scale must be ci or paper; got '{other}'."),
            };
            DirectoryInfo dir = parse.GetValue(outDir)!;
            output.WriteLine(Gemm.Notice);
            output.WriteLine($"{experiment.Name} ({level}): {experiment.Question}");
            output.WriteLine(experiment.Arms(level)[0].Settings.Describe());
            var progress = new ExperimentProgressLine(error);
            ExperimentResult result = new ExperimentRunner(MiniMnist.From(MnistDigits.Load()), progress).Run(experiment, level);
            progress.Finish();
            Directory.CreateDirectory(dir.FullName);
            string stem = Path.Combine(dir.FullName, $"{experiment.Name}-{level.ToString().ToLowerInvariant()}");
            File.WriteAllText(stem + ".csv", ExperimentCsv.Format(result));
            File.WriteAllText(stem + ".svg", ExperimentSvg.Render(result));
            output.WriteLine(ExperimentSummary.Format(result));
            output.WriteLine($"wrote {stem}.csv and {stem}.svg ({result.Elapsed.TotalSeconds:F0} s)");
            return ExitCodes.Success;
        });
        return command;
    }
}
