using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv verify</c>: runs the catalogue (or the claims named) at a budget and seed, prints a verdict table, and
/// optionally writes the JSON report. Exit 0 when every verdict equals its expected verdict, 1 otherwise.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The environment variable that supplies the default seed.</summary>
    public const string SeedVariable = "ADAMV_SEED";

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var claims = new Option<string?>("--claims") { Description = "Comma-separated claim ids (default: all; see `adamv list`)." };
        Option<Choice<BudgetLevel>> budget = ChoiceOption.Create("--budget", "quick | standard | thorough: case counts and horizons per claim (documented on each claim).", ChoiceOption.Of<BudgetLevel>(), BudgetLevel.Standard);
        var seed = new Option<ulong?>("--seed") { Description = $"Run seed (default: ${SeedVariable} or {ClaimRunSettings.DefaultSeed}). The same seed reproduces every verdict." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the verdicts as JSON to this file (written atomically), or to stdout with - (the table then goes to stderr)." };
        var report = new Option<DirectoryInfo?>("--report") { Description = "Write an HTML page, Markdown, JSON, figures (SVG) and counterexample files into this directory (atomically)." };
        var shard = new Option<string?>("--shard") { Description = "i/N: run a deterministic slice of the work (see --by); combine the shards' --json files with `adamv merge`. auto (or auto/N): i and N from a Slurm job array or a Kubernetes Indexed Job (deploy/)." };
        Option<Choice<ShardSlicing>> by = ChoiceOption.Create("--by", "How --shard slices: claims (the claims at catalogue positions p with p mod N = i − 1) or cases (every instance claim runs its cases k with k mod N = i − 1; the other claims are sliced by position).", ChoiceOption.Of<ShardSlicing>(), ShardSlicing.Claims);
        var jobs = new Option<int>("--jobs")
        {
            Description = "Run up to N claims (or claim × seed runs with --seeds) at once (default: the number of processors, at most 1024). Output and files are the serial run's: results are printed in catalogue order.",
            DefaultValueFactory = _ => Math.Min(Environment.ProcessorCount, 1024),
        };
        Option<Choice<ObjectiveSelection>> objectives = ChoiceOption.Create("--objectives", "analytic | networks | all: run the claims on analytic functions and the papers' constructions, on generated small networks (the network forms ID@networks and the claims stated for networks only; `adamv list` says how each claim applies), or both.", ChoiceOption.Of<ObjectiveSelection>(), ObjectiveSelection.All);
        var seeds = new Option<int?>("--seeds") { Description = "K: run each claim at K seeds derived from the run seed and print, per claim, the verdict counts and every seed whose verdict differs from the expected one, with its replay line." };
        var claimsFrom = ClaimsFromOption.Create();
        var format = FigureFormatOption.Create();
        var command = new Command("verify", "Check the claims and print a verdict table.\n\nExamples:\n  adamv verify\n  adamv verify --claims sign-ratio-bound --budget standard --seed 7\n  adamv verify --budget quick --json out.json\n  adamv verify --budget quick --report report\n  adamv verify --shard 2/4 --json shard2.json\n  adamv verify --budget thorough --shard 3/64 --by cases --json shard3.json\n  adamv verify --budget thorough --shard auto --by cases --json shards/$SLURM_ARRAY_TASK_ID.json")
        {
            claims, objectives, budget, seed, json, report, shard, by, seeds, jobs, claimsFrom, format,
        };
        command.SetAction(parse =>
        {
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            // --json - writes the JSON to stdout; everything else verify prints then goes to stderr, so that stdout
            // pipes into a JSON reader (adamv verify --json - | python3 -m json.tool).
            TextWriter? jsonStdout = StandardOutput.Is(parse.GetValue(json)) ? output : null;
            FileInfo? jsonFile = jsonStdout is null ? parse.GetValue(json) : null;
            TextWriter console = jsonStdout is null ? output : error;
            IReadOnlyList<IClaim> chosen = Catalogue.Select(parse.GetValue(claims), parse.GetValue(objectives).Value);
            int parallel = parse.GetValue(jobs);
            if (parallel is < 1 or > 1024)
            {
                throw new ArgumentException($"--jobs must be from 1 to 1024; got {parallel}.");
            }

            if (jsonFile is not null)
            {
                OutputDestination.ForFile(jsonFile.FullName, "--json");
            }

            if (parse.GetValue(report) is { } reportDir)
            {
                string target = InputFiles.Resolve(ReportWriter.RequireTarget(reportDir.ToString(), "--report"));
                string? jsonPath = jsonFile is { } j ? Path.Combine(InputFiles.Resolve(Path.GetDirectoryName(j.FullName)!), j.Name) : null;
                if (jsonFile is { } inside && jsonPath is not null && (jsonPath == target || jsonPath.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    throw new ArgumentException($"--json: '{inside.FullName}' lies in the --report directory, which the report replaces (it holds its own report.json); write it elsewhere.");
                }
            }

            if (FigureFormatOption.Given(parse, format) && parse.GetValue(report) is null)
            {
                throw new ArgumentException("--format sets the files of the report's figures: give --report DIR too.");
            }

            FigureFormat figureFormat = FigureFormatOption.Read(parse, format);

            IReadOnlyList<ICaseSliceable> sliced = [];
            (int index, int count) = (1, 1);
            bool byCases = parse.GetValue(by).Value == ShardSlicing.Cases;
            if (parse.GetValue(shard) is { } shardText)
            {
                if (parse.GetValue(report) is not null)
                {
                    throw new ArgumentException("--report needs every claim: give each shard --json, then `adamv merge --out DIR shard*.json`.");
                }

                (index, count) = Shards.Parse(shardText);
                if (byCases)
                {
                    sliced = [.. chosen.OfType<ICaseSliceable>()];
                    chosen = Shards.Slice([.. chosen.Where(c => c is not ICaseSliceable)], index, count);
                }
                else
                {
                    int all = chosen.Count;
                    chosen = Shards.Slice(chosen, index, count);
                    if (chosen.Count == 0)
                    {
                        throw new ArgumentException($"--shard {index}/{count} selects no claim: only {all} are chosen, so use at most {all} shards (or --by cases).");
                    }
                }
            }
            else if (byCases)
            {
                throw new ArgumentException("--by cases slices a shard's work: give --shard i/N too.");
            }

            if (sliced.Count > 0 && jsonFile is null && jsonStdout is null)
            {
                throw new ArgumentException("--by cases writes case slices that only `adamv merge` can judge: give --json FILE.");
            }

            BudgetLevel level = parse.GetValue(budget).Value;
            ulong runSeed = parse.GetValue(seed) ?? SeedFromEnvironment();
            if (parse.GetValue(seeds) is int k)
            {
                if (k < 1)
                {
                    throw new ArgumentException($"--seeds must be a positive number of seeds; got {k}.");
                }

                if (parse.GetValue(shard) is not null)
                {
                    throw new ArgumentException("--seeds runs whole claims at many seeds: it does not combine with --shard.");
                }

                return RunSeeds(console, error, chosen, level, runSeed, k, jsonFile, parse.GetValue(report), parallel, jsonStdout, CommandProvenance.Of(parse) with { Seed = runSeed }, figureFormat);
            }

            // Finished results by catalogue position: an interrupt prints those finished so far, in catalogue order.
            var finished = new SortedDictionary<int, ClaimResult>();
            int done = 0;
            var status = new RunStatus(error, chosen.Count, parallel);
            using var guard = new InterruptGuard(signal => { status.Close(); WriteInterrupted(console, error, signal, [.. finished.Values], chosen.Count, level, runSeed, jsonFile, jsonStdout); }, error);
            List<ClaimResult> results = [.. ParallelRuns.Run(
                chosen.Count,
                parallel,
                i =>
                {
                    using var progress = new ProgressLine(error, chosen[i].Id, live: parallel == 1, status);
                    ClaimResult result = chosen[i].Check(new ClaimRunSettings(level, runSeed) { Progress = progress });

                    // Registered before its closing line is printed: a signal that follows the line finds the claim finished.
                    lock (guard.Gate)
                    {
                        finished[i] = result;
                    }

                    progress.Finish(result, Interlocked.Increment(ref done), chosen.Count);
                    return result;
                },
                order: parallel > 1 ? LongestFirst(chosen, 1) : null)];
            status.Close();

            var slices = new List<CaseSlice>();

            // A violation in any slice refutes the claim whatever the other slices find, so it is judged already.
            bool slicesAsExpected = true;
            foreach (ICaseSliceable claim in sliced)
            {
                CaseSlice slice = claim.CheckSlice(new ClaimRunSettings(level, runSeed), index, count);
                slices.Add(slice);
                slicesAsExpected &= slice.Violation is null || claim.ExpectedVerdict == Verdict.Refuted;
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{slice.ClaimId}: cases k ≡ {index - 1} mod {count}: {slice.CasesUpTo(int.MaxValue)} generated, {(slice.Violation is { } v ? $"first violation at case {v.Case}" : "no violation")} ({slice.Seconds:F2} s)"));
            }

            IReadOnlyList<ReportFigure>? figures = parse.GetValue(report) is null ? null : ReportFigures.Compute(level, runSeed, results.Select(r => r.Id));
            lock (guard.Gate)
            {
                if (results.Count > 0)
                {
                    VerdictTable.Write(console, results, level, runSeed);
                }

                if (jsonStdout is not null)
                {
                    jsonStdout.WriteLine(VerifyJson.Text(results, level, slices, parse.GetValue(shard) is null ? null : string.Create(CultureInfo.InvariantCulture, $"{index}/{count}")));
                }

                if (jsonFile is { } file)
                {
                    VerifyJson.WriteAtomically(file.FullName, results, level, slices, parse.GetValue(shard) is null ? null : string.Create(CultureInfo.InvariantCulture, $"{index}/{count}"));
                    console.WriteLine($"wrote {file.FullName}");
                }

                if (parse.GetValue(report) is { } dir)
                {
                    ReportWriter.Write(dir.FullName, new VerifyReport(level, runSeed, results, figures!) { Format = figureFormat, Selection = VerifyReport.SelectionFor(results.Select(r => r.Id)), Provenance = CommandProvenance.Of(parse) with { Seed = runSeed } });
                    console.WriteLine($"wrote {Path.Combine(dir.FullName, "index.html")} (and report.md, report.json, figures/, counterexamples/)");
                }

                guard.Complete();
            }

            return results.All(r => r.AsExpected) && slicesAsExpected ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }

    /// <summary>
    /// On SIGINT/SIGTERM (called by <see cref="InterruptGuard"/> holding its gate, so <paramref name="results"/> is stable):
    /// one line, the table of the finished claims and, with --json, their JSON marked incomplete (with --json -, on
    /// stdout, where the table is not).
    /// </summary>
    private static void WriteInterrupted(TextWriter output, TextWriter error, string signal, IReadOnlyList<ClaimResult> results, int chosen, BudgetLevel level, ulong runSeed, FileInfo? json, TextWriter? jsonStdout)
    {
        ClaimResult[] finished = [.. results];

        error.WriteLine($"adamv: {signal}: stopped after {finished.Length} of {chosen} claims; the table below covers those only.");
        if (finished.Length > 0)
        {
            VerdictTable.Write(output, finished, level, runSeed);
        }

        if (jsonStdout is not null && finished.Length > 0)
        {
            jsonStdout.WriteLine(VerifyJson.Text(finished, level, incomplete: true));
            jsonStdout.Flush();
        }
        else if (jsonStdout is not null)
        {
            output.WriteLine("no claim finished: no JSON written to stdout");
        }

        if (json is not null && finished.Length == 0)
        {
            output.WriteLine($"no claim finished: {json.FullName} not written");
        }
        else if (json is not null)
        {
            OutputSet.WriteFile(json.FullName, VerifyJson.Text(finished, level, incomplete: true), "--json");
            output.WriteLine($"wrote {json.FullName} (incomplete: {finished.Length} of {chosen} claims)");
        }

        output.Flush();
        error.Flush();
    }

    private static int RunSeeds(TextWriter output, TextWriter error, IReadOnlyList<IClaim> chosen, BudgetLevel level, ulong runSeed, int count, FileInfo? json, DirectoryInfo? report, int parallel, TextWriter? jsonStdout, Provenance provenance, FigureFormat figureFormat)
    {
        IReadOnlyList<ulong> seeds = SeedSweep.Seeds(runSeed, count);
        var results = chosen.ToDictionary(c => c.Id, _ => new List<ClaimResult>(), StringComparer.Ordinal);
        int completed = 0;

        // On SIGINT/SIGTERM: the stability table of the seeds completed so far (every claim ran at each of them); no files.
        var status = new RunStatus(error, seeds.Count * chosen.Count, parallel);
        using var guard = new InterruptGuard(
            signal =>
            {
                status.Close();
                error.WriteLine($"adamv: {signal}: stopped after {completed} of {seeds.Count} seeds; the table covers those only and no file was written.");
                if (completed > 0)
                {
                    StabilityTable.Write(output, [.. chosen.Select(c => new SeedSweep(c.Id, c.ExpectedVerdict, results[c.Id].Take(completed).ToArray()))], level, runSeed, completed);
                }

                output.Flush();
                error.Flush();
            },
            error);
        // Run i is claim i mod C at seed i / C. A seed counts as completed when every claim has run at it and at every
        // seed before it, so the interrupt table and the progress lines cover whole seeds, in order, as a serial run.
        var done = new ClaimResult?[seeds.Count, chosen.Count];
        string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"{chosen[i % chosen.Count].Id} at seed {(i / chosen.Count) + 1}");
        ParallelRuns.Run(
            seeds.Count * chosen.Count,
            parallel,
            i =>
            {
                if (status.Live)
                {
                    status.Started(Name(i));
                }

                return chosen[i % chosen.Count].Check(new ClaimRunSettings(level, seeds[i / chosen.Count]));
            },
            (i, result) =>
            {
                lock (guard.Gate)
                {
                    done[i / chosen.Count, i % chosen.Count] = result;
                    status.Finished(Name(i), () =>
                    {
                        while (completed < seeds.Count && Enumerable.Range(0, chosen.Count).All(c => done[completed, c] is not null))
                        {
                            for (int c = 0; c < chosen.Count; c++)
                            {
                                results[chosen[c].Id].Add(done[completed, c]!);
                            }

                            completed++;
                            int flips = results.Values.Sum(list => list.Count(r => !r.AsExpected));
                            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  seed {completed} of {seeds.Count} ({seeds[completed - 1]}): {flips} flips so far"));
                        }
                    });
                }
            },
            parallel > 1 ? LongestFirst(chosen, seeds.Count) : null);
        status.Close();

        SeedSweep[] sweeps = [.. chosen.Select(c => new SeedSweep(c.Id, c.ExpectedVerdict, results[c.Id]))];
        IReadOnlyList<ReportFigure>? figures = report is null ? null : ReportFigures.Compute(level, seeds[0], chosen.Select(c => c.Id));
        lock (guard.Gate)
        {
            StabilityTable.Write(output, sweeps, level, runSeed, count);
            if (jsonStdout is not null)
            {
                jsonStdout.WriteLine(VerifyJson.SweepText(sweeps, level, runSeed, provenance));
            }

            if (json is not null)
            {
                VerifyJson.WriteSweepAtomically(json.FullName, sweeps, level, runSeed, provenance);
                output.WriteLine($"wrote {json.FullName}");
            }

            if (report is not null)
            {
                ClaimResult[] first = [.. sweeps.Select(s => s.Results[0])];
                ReportWriter.Write(report.FullName, new VerifyReport(level, seeds[0], first, figures!) { Format = figureFormat, Sweep = sweeps, SweepRunSeed = runSeed, Selection = VerifyReport.SelectionFor(chosen.Select(c => c.Id)), Provenance = provenance });
                output.WriteLine($"wrote {Path.Combine(report.FullName, "index.html")} (and report.md, report.json, sweep.json, figures/, counterexamples/)");
            }

            guard.Complete();
        }

        return sweeps.All(s => s.Flips.Count == 0) ? ExitCodes.Success : ExitCodes.Unexpected;
    }

    /// <summary>
    /// The start order of <paramref name="seeds"/> × the claims (run i is claim i mod C at seed i / C): seed by seed, and
    /// within a seed the claims on networks first, then the statistical claims. They are the long ones (each network case
    /// trains a network: 7–39 s each at the standard budget; Monte Carlo over paths: 3–18 s; well under a second for most
    /// other instance claims), so starting them first keeps every core
    /// busy to the end instead of leaving the last long claim to run alone (with one job the catalogue order is kept, so
    /// that live progress follows the table). Results are still returned in index order.
    /// </summary>
    private static int[] LongestFirst(IReadOnlyList<IClaim> chosen, int seeds) =>
        [.. Enumerable.Range(0, seeds * chosen.Count).OrderBy(i => i / chosen.Count).ThenBy(i => Length(chosen[i % chosen.Count])).ThenBy(i => i)];

    /// <summary>A claim's rank by expected run time: claims on networks (each case trains one), then statistical claims (many paths), then the rest.</summary>
    private static int Length(IClaim claim) => claim.Definition.Objectives == ObjectiveKind.Networks ? 0 : claim is StatisticalClaim ? 1 : 2;

    /// <summary>The seed from <see cref="SeedVariable"/>, or the default.</summary>
    /// <exception cref="ArgumentException">The variable is set but not an unsigned 64-bit integer.</exception>
    public static ulong SeedFromEnvironment()
    {
        string? text = Environment.GetEnvironmentVariable(SeedVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ClaimRunSettings.DefaultSeed;
        }

        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            ? value
            : throw new ArgumentException($"{SeedVariable} must be an unsigned 64-bit integer; got '{text}'.");
    }
}
