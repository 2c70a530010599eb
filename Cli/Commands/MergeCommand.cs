using System.CommandLine;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv merge --out DIR SHARD.json…</c>: combines the <c>--json</c> files of <c>verify --shard i/N</c> runs (same
/// budget and seed) into one report, in catalogue order — the same page a single <c>verify --report</c> run writes. Case
/// slices (<c>--by cases</c>) of a claim are merged into its result (<see cref="ICaseSliceable.MergeSlices"/>): all N
/// slices must be present. Shards whose entries name different <see cref="RunPlatform"/>s are merged with a note:
/// the report then equals a single run only where those platforms' floating-point arithmetic agrees.
/// </summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var files = new Argument<FileInfo[]>("shards") { Description = "The shards' --json files.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "The report directory to write.", Required = true };
        var claimsFrom = ClaimsFromOption.Create();
        var command = new Command("merge", "Combine sharded verify --json files into one report.\n\nExamples:\n  adamv verify --budget quick --shard 1/2 --json s1.json\n  adamv verify --budget quick --shard 2/2 --json s2.json\n  adamv merge --out report s1.json s2.json")
        {
            files, outDir, claimsFrom,
        };
        command.SetAction(parse =>
        {
            using IDisposable loaded = ClaimsFromOption.Include(parse, claimsFrom);
            ReportWriter.RequireTarget(parse.GetValue(outDir)!.FullName, "--out");
            BudgetLevel? budget = null;
            string? firstFile = null;
            int? shardCount = null;
            var shardIndices = new SortedSet<int>();
            ulong? seed = null;
            var platforms = new SortedSet<string>(StringComparer.Ordinal);
            var byId = new Dictionary<string, ClaimResult>(StringComparer.Ordinal);
            var slicesById = new Dictionary<string, List<CaseSlice>>(StringComparer.Ordinal);
            foreach (FileInfo f in parse.GetValue(files)!)
            {
                InputFiles.Require(f, "shard file");

                (BudgetLevel b, ulong s, IReadOnlyList<ClaimResult> results, IReadOnlyList<CaseSlice> slices, IReadOnlySet<string> ran, string? shardText) = VerifyJson.Read(f.FullName);
                if (shardText is not null)
                {
                    (int index, int count) = ParseShard(shardText, f.FullName);
                    if (shardCount is not null && shardCount != count)
                    {
                        throw new FormatException($"{f.FullName}: shard {shardText} is of {count} shards, the other files of {shardCount}.");
                    }

                    shardCount = count;
                    shardIndices.Add(index);
                }

                if ((budget is not null && budget != b) || (seed is not null && seed != s))
                {
                    throw new FormatException($"{f.FullName}: budget {b} and seed {s} differ from {firstFile}'s (budget {budget}, seed {seed}); shards of one run share both.");
                }

                budget = b;
                seed = s;
                firstFile ??= f.FullName;
                platforms.UnionWith(ran);
                foreach ((ClaimResult r, int entry) in results.Select((r, i) => (r, i)))
                {
                    if (Catalogue.All().All(c => c.Id != r.Id))
                    {
                        throw new FormatException($"{f.FullName}: $[{entry}].id: unknown claim id '{StrictJson.Clip(r.Id)}'.");
                    }

                    if (r.Fault is not null)
                    {
                        throw new FormatException($"{f.FullName}: $[{entry}].fault is '{StrictJson.Clip(r.Fault)}': a run with a planted fault tests the suite, not the claim, and has no place in a report.");
                    }

                    CheckCounterexample(r, f.FullName, entry);
                    ClaimDefinition definition = Catalogue.All().First(c => c.Id == r.Id).Definition;
                    if (r.ExpectedVerdict != definition.ExpectedVerdict || r.Statement != definition.Statement || r.Citation != definition.Citation.ToString())
                    {
                        throw new FormatException($"{f.FullName}: the entry of '{r.Id}' does not describe the catalogue's claim (expected verdict, statement or citation differ: written by another version of adamv, or edited).");
                    }

                    if (!byId.TryAdd(r.Id, r))
                    {
                        throw new FormatException($"{f.FullName}: claim '{r.Id}' appears in more than one shard.");
                    }
                }

                foreach (CaseSlice slice in slices)
                {
                    if (slice.Violation is { } violation && Catalogue.All().FirstOrDefault(c => c.Id == slice.ClaimId) is IReplayable sliceClaim)
                    {
                        Replayed(sliceClaim, violation.Counterexample, f.FullName, $"the violation of slice {slice.Index}/{slice.Count} of '{slice.ClaimId}' (its instanceJson)", "$");
                    }

                    if (!slicesById.TryGetValue(slice.ClaimId, out List<CaseSlice>? list))
                    {
                        slicesById[slice.ClaimId] = list = [];
                    }

                    if (list.Any(other => other.Index == slice.Index))
                    {
                        throw new FormatException($"{f.FullName}: slice {slice.Index}/{slice.Count} of claim '{slice.ClaimId}' appears in more than one shard.");
                    }

                    list.Add(slice);
                }
            }

            ReportWriter.RequireTarget(parse.GetValue(outDir)!.FullName, "--out");
            if (shardCount is int n && shardIndices.Count != n)
            {
                throw new FormatException($"missing shards: {string.Join(", ", Enumerable.Range(1, n).Where(k => !shardIndices.Contains(k)).Select(k => $"{k}/{n}"))} of the run in {firstFile} (merge needs every shard of the run).");
            }

            foreach ((string id, List<CaseSlice> list) in slicesById)
            {
                if (Catalogue.All().FirstOrDefault(c => c.Id == id) is not ICaseSliceable claim)
                {
                    throw new FormatException($"case slices of '{id}', which is not an instance claim of the catalogue.");
                }

                if (byId.ContainsKey(id))
                {
                    throw new FormatException($"claim '{id}' appears both whole and as case slices.");
                }

                try
                {
                    byId[id] = claim.MergeSlices(list);
                }
                catch (ArgumentException e)
                {
                    throw new FormatException($"{firstFile} and the other shard files: {e.Message.Replace(" (Parameter 'slices')", string.Empty, StringComparison.Ordinal)}", e);
                }
            }

            IClaim[] order = [.. Catalogue.All()];
            string[] unknown = [.. byId.Keys.Where(id => order.All(c => c.Id != id))];
            if (unknown.Length > 0)
            {
                throw new FormatException($"{firstFile} and the other shard files: unknown claim ids {string.Join(", ", unknown)}.");
            }

            ClaimResult[] merged = [.. order.Where(c => byId.ContainsKey(c.Id)).Select(c => byId[c.Id])];
            string[] missing = [.. order.Where(c => !byId.ContainsKey(c.Id)).Select(c => c.Id)];
            if (platforms.Count > 1)
            {
                output.WriteLine($"note: the shards ran on {platforms.Count} platforms ({string.Join("; ", platforms)}); the merged report equals a single run only where their floating-point arithmetic agrees.");
            }

            DirectoryInfo dir = parse.GetValue(outDir)!;
            ReportWriter.Write(dir.FullName, new VerifyReport(budget!.Value, seed!.Value, merged, ReportFigures.Compute(budget.Value, seed.Value, merged.Select(r => r.Id))) { Selection = VerifyReport.SelectionFor(merged.Select(r => r.Id)), Provenance = Provenance.Of(parse) with { Seed = seed.Value } }, "--out");
            output.WriteLine($"merged {merged.Length} claims from {parse.GetValue(files)!.Length} shards{(missing.Length > 0 ? $" (not in any shard: {string.Join(", ", missing)})" : string.Empty)}; wrote {Path.Combine(dir.FullName, "index.html")}");
            return merged.All(r => r.AsExpected) ? ExitCodes.Success : ExitCodes.Unexpected;
        });
        return command;
    }

    /// <summary>
    /// A counterexample in a shard must replay as one: an instance of its claim that meets the hypotheses and violates the
    /// conclusion; a Refuted instance claim must carry one.
    /// </summary>
    private static void CheckCounterexample(ClaimResult r, string file, int entry)
    {
        if (Catalogue.All().FirstOrDefault(x => x.Id == r.Id) is not IReplayable claim)
        {
            return;
        }

        if (r.Counterexample is not { } c)
        {
            if (r.Verdict == Verdict.Refuted)
            {
                throw new FormatException($"{file}: '{r.Id}' is Refuted but carries no counterexample; a refutation of an instance claim always comes with its case.");
            }

            return;
        }

        Replayed(claim, c, file, $"the counterexample of '{r.Id}'", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$[{entry}].counterexample.instance"));
    }

    /// <summary>
    /// Replays a stored counterexample: it must be an instance of its claim that meets the hypotheses and violates the
    /// conclusion, and its stored description and observable must be the replay's (they are printed in the report).
    /// </summary>
    private static void Replayed(IReplayable claim, Counterexample c, string file, string what, string at)
    {
        ReplayOutcome replay;
        try
        {
            replay = claim.Replay(c.InstanceJson, at);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or FormatException)
        {
            throw new FormatException($"{file}: {what} is not an instance of that claim ({AdamvApp.OneLine(e.Message)}).");
        }

        if (replay.UnmetHypothesis is not null || replay.Outcome is not { Holds: false })
        {
            throw new FormatException($"{file}: {what} does not replay as one ({replay.UnmetHypothesis ?? "its conclusion holds"}).");
        }

        double stored = c.Outcome.Observable, replayed = replay.Outcome.Observable;
        // A non-finite observable is written as null (read back as NaN) in a whole-claim entry, and kept as ±∞ in a slice.
        bool same = stored.Equals(replayed) || (double.IsNaN(stored) && !double.IsFinite(replayed)) || Math.Abs(stored - replayed) <= 1e-6 * Math.Max(1, Math.Abs(replayed));
        if (c.Description != replay.Description || !same)
        {
            throw new FormatException($"{file}: {what} is stored as '{StrictJson.Clip(c.Description)}' (observable {stored:G6}), but replays as '{StrictJson.Clip(replay.Description)}' (observable {replayed:G6}).");
        }
    }

    private static (int Index, int Count) ParseShard(string text, string file)
    {
        try
        {
            return Shards.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new FormatException($"{file}: $[0].shard is '{StrictJson.Clip(text)}', expected i/N with 1 ≤ i ≤ N.");
        }
    }
}
