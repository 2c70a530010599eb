using System.CommandLine;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Suite.Runs;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv merge --out DIR SHARD.json…</c>: combines the <c>--json</c> files of <c>verify --shard i/N</c> runs
/// (<see cref="ShardMerge"/>) into the report a single <c>verify --report</c> run writes. Shards whose entries name
/// different <see cref="RunPlatform"/>s are merged with a note: the report then equals a single run only where those
/// platforms' floating-point arithmetic agrees.
/// </summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var files = new Argument<FileInfo[]>("shards") { Description = "The shards' --json files.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "The report directory to write.", Required = true };
        var claimsFrom = ClaimsFromOption.Create();
        var format = FigureFormatOption.Create();
        var command = new Command("merge", "Combine sharded verify --json files into one report.\n\nExamples:\n  adamv verify --budget quick --shard 1/2 --json s1.json\n  adamv verify --budget quick --shard 2/2 --json s2.json\n  adamv merge --out report s1.json s2.json")
        {
            files, outDir, claimsFrom, format,
        };
        command.SetAction(parse =>
        {
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            DirectoryInfo dir = parse.GetValue(outDir)!;
            ReportWriter.RequireTarget(dir.ToString(), "--out");
            FileInfo[] shards = parse.GetValue(files)!;
            foreach (FileInfo f in shards)
            {
                InputFiles.Require(f, "shard file");
            }

            // Again now that the inputs are registered: --out must not replace one of them (before any figure is computed).
            ReportWriter.RequireTarget(dir.FullName, "--out");
            FigureFormat figureFormat = FigureFormatOption.Read(parse, format);
            MergedRun run = ShardMerge.Combine([.. shards.Select(f => f.FullName)]);
            if (run.Platforms.Count > 1)
            {
                output.WriteLine($"note: the shards ran on {run.Platforms.Count} platforms ({string.Join("; ", run.Platforms)}); the merged report equals a single run only where their floating-point arithmetic agrees.");
            }

            IReadOnlyList<ClaimResult> merged = run.Results;
            ReportWriter.Write(dir.FullName, new VerifyReport(run.Budget, run.Seed, merged, ReportFigures.Compute(run.Budget, run.Seed, merged.Select(r => r.Id))) { Format = figureFormat, Selection = VerifyReport.SelectionFor(merged.Select(r => r.Id)), Provenance = CommandProvenance.Of(parse) with { Seed = run.Seed } }, "--out");
            output.WriteLine($"merged {merged.Count} claims from {shards.Length} shards{(run.Missing.Count > 0 ? $" (not in any shard: {string.Join(", ", run.Missing)})" : string.Empty)}; wrote {Path.Combine(dir.FullName, "index.html")}");
            return merged.All(r => r.AsExpected) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }
}
