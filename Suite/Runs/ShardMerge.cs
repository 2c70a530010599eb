using System.Globalization;
using Adam.Verification.Suite.Reporting;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Suite.Runs;

/// <summary>
/// Combines the <c>--json</c> files of <c>verify --shard i/N</c> runs (same budget and seed) into one run, in catalogue
/// order — what a single run over the same claims gives. Case slices (<c>--by cases</c>) of a claim are merged into its
/// result (<see cref="ICaseSliceable.MergeSlices"/>): all N slices must be present. Every stored counterexample is
/// replayed, and every entry must describe the catalogue's claim.
/// </summary>
public static class ShardMerge
{
    /// <summary>Reads and combines <paramref name="files"/>.</summary>
    /// <exception cref="FormatException">A file is not a shard of the run, a shard is missing or repeated, or an entry does not replay.</exception>
    public static MergedRun Combine(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        BudgetLevel? budget = null;
        string? firstFile = null;
        int? shardCount = null;
        var shardIndices = new SortedSet<int>();
        ulong? seed = null;
        var platforms = new SortedSet<string>(StringComparer.Ordinal);
        var byId = new Dictionary<string, ClaimResult>(StringComparer.Ordinal);
        var slicesById = new Dictionary<string, List<CaseSlice>>(StringComparer.Ordinal);
        IReadOnlyList<IClaim> catalogue = Catalogue.All();
        foreach (string file in files)
        {
            (BudgetLevel b, ulong s, IReadOnlyList<ClaimResult> results, IReadOnlyList<CaseSlice> slices, IReadOnlySet<string> ran, string? shardText) = VerifyJson.Read(file);
            if (shardText is not null)
            {
                (int index, int count) = ParseShard(shardText, file);
                if (shardCount is not null && shardCount != count)
                {
                    throw new FormatException($"{file}: shard {shardText} is of {count} shards, the other files of {shardCount}.");
                }

                shardCount = count;
                shardIndices.Add(index);
            }

            if ((budget is not null && budget != b) || (seed is not null && seed != s))
            {
                throw new FormatException($"{file}: budget {b} and seed {s} differ from {firstFile}'s (budget {budget}, seed {seed}); shards of one run share both.");
            }

            budget = b;
            seed = s;
            firstFile ??= file;
            platforms.UnionWith(ran);
            foreach ((ClaimResult r, int entry) in results.Select((r, i) => (r, i)))
            {
                IClaim claim = catalogue.FirstOrDefault(c => c.Id == r.Id)
                    ?? throw new FormatException($"{file}: $[{entry}].id: unknown claim id '{StrictJson.Clip(r.Id)}'.");
                if (r.Fault is not null)
                {
                    throw new FormatException($"{file}: $[{entry}].fault is '{StrictJson.Clip(r.Fault)}': a run with a planted fault tests the suite, not the claim, and has no place in a report.");
                }

                CheckCounterexample(claim, r, file, entry);
                ClaimDefinition definition = claim.Definition;
                if (r.ExpectedVerdict != definition.ExpectedVerdict || r.Statement != definition.Statement || r.Citation != definition.Citation.ToString())
                {
                    throw new FormatException($"{file}: the entry of '{r.Id}' does not describe the catalogue's claim (expected verdict, statement or citation differ: written by another version of adamv, or edited).");
                }

                if (!byId.TryAdd(r.Id, r))
                {
                    throw new FormatException($"{file}: claim '{r.Id}' appears in more than one shard.");
                }
            }

            foreach (CaseSlice slice in slices)
            {
                if (slice.Violation is { } violation && catalogue.FirstOrDefault(c => c.Id == slice.ClaimId) is IReplayable sliceClaim)
                {
                    Replayed(sliceClaim, violation.Counterexample, file, $"the violation of slice {slice.Index}/{slice.Count} of '{slice.ClaimId}' (its instanceJson)", "$");
                }

                if (!slicesById.TryGetValue(slice.ClaimId, out List<CaseSlice>? list))
                {
                    slicesById[slice.ClaimId] = list = [];
                }

                if (list.Any(other => other.Index == slice.Index))
                {
                    throw new FormatException($"{file}: slice {slice.Index}/{slice.Count} of claim '{slice.ClaimId}' appears in more than one shard.");
                }

                list.Add(slice);
            }
        }

        if (budget is not BudgetLevel level || seed is not ulong runSeed || firstFile is null)
        {
            throw new FormatException("no shard files to merge.");
        }

        if (shardCount is int n && shardIndices.Count != n)
        {
            throw new FormatException($"missing shards: {string.Join(", ", Enumerable.Range(1, n).Where(k => !shardIndices.Contains(k)).Select(k => $"{k}/{n}"))} of the run in {firstFile} (merge needs every shard of the run).");
        }

        foreach ((string id, List<CaseSlice> list) in slicesById)
        {
            if (catalogue.FirstOrDefault(c => c.Id == id) is not ICaseSliceable claim)
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

        string[] unknown = [.. byId.Keys.Where(id => catalogue.All(c => c.Id != id))];
        if (unknown.Length > 0)
        {
            throw new FormatException($"{firstFile} and the other shard files: unknown claim ids {string.Join(", ", unknown)}.");
        }

        ClaimResult[] merged = [.. catalogue.Where(c => byId.ContainsKey(c.Id)).Select(c => byId[c.Id])];
        string[] missing = [.. catalogue.Where(c => !byId.ContainsKey(c.Id)).Select(c => c.Id)];
        return new MergedRun(level, runSeed, merged, missing, platforms);
    }

    /// <summary>
    /// A counterexample in a shard must replay as one: an instance of its claim that meets the hypotheses and violates the
    /// conclusion; a Refuted instance claim must carry one.
    /// </summary>
    private static void CheckCounterexample(IClaim claimOfEntry, ClaimResult r, string file, int entry)
    {
        if (claimOfEntry is not IReplayable claim)
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

        Replayed(claim, c, file, $"the counterexample of '{r.Id}'", string.Create(CultureInfo.InvariantCulture, $"$[{entry}].counterexample.instance"));
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
            throw new FormatException($"{file}: {what} is not an instance of that claim ({Messages.OneLine(e.Message)}).");
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
