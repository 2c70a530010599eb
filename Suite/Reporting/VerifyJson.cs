using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Adam.Verification.Suite.Output;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// The JSON report of <c>adamv verify --json</c>: an array with one object per claim — id, citation, statement,
/// verdict, expectedVerdict, cases, casesMeetingHypotheses, seed, counterexample (or null), seconds — plus
/// evidence and worstObservable. A counterexample holds description, detail, caseSeed, shrinkSteps and instance.
/// A shard run with <c>--by cases</c> also writes, for each instance claim, an object with id, budget, seed and
/// slice (a <see cref="CaseSlice"/>: index, count, cases, unmet case indices by reason, the running-maximum records,
/// the first violation and how far it reached), which <c>adamv merge</c> combines. Every entry names the
/// <see cref="RunPlatform"/> it ran on and the tool that wrote it (adamv: version+commit).
/// </summary>
public static class VerifyJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions SliceOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as a JSON array (case slices after the results).</summary>
    /// <param name="results">The whole-claim results.</param>
    /// <param name="budget">The budget level.</param>
    /// <param name="slices">Case slices of a <c>--by cases</c> shard.</param>
    /// <param name="shard">"i/N" for a <c>--shard i/N</c> run (every entry carries it, so that merge can tell a missing shard), else null.</param>
    /// <param name="incomplete">True when the run was interrupted: every entry says so, and merge refuses the file.</param>
    public static JsonArray Build(IEnumerable<ClaimResult> results, BudgetLevel budget, IEnumerable<CaseSlice>? slices = null, string? shard = null, bool incomplete = false)
    {
        ArgumentNullException.ThrowIfNull(results);
        var array = new JsonArray();
        foreach (CaseSlice slice in slices ?? [])
        {
            array.Add(new JsonObject
            {
                ["id"] = slice.ClaimId,
                ["budget"] = budget.ToString().ToLowerInvariant(),
                ["seed"] = slice.Seed,
                ["platform"] = RunPlatform.Current,
                ["slice"] = JsonSerializer.SerializeToNode(slice, SliceOptions),
                ["shard"] = shard,
            });
        }

        foreach (ClaimResult r in results)
        {
            JsonNode? counterexample = r.Counterexample is { } c
                ? new JsonObject
                {
                    ["description"] = c.Description,
                    ["detail"] = c.Outcome.Detail,
                    ["observable"] = double.IsFinite(c.Outcome.Observable) ? c.Outcome.Observable : null,
                    ["caseSeed"] = c.CaseSeed,
                    ["shrinkSteps"] = c.ShrinkSteps,
                    ["instance"] = JsonNode.Parse(c.InstanceJson),
                }
                : null;
            array.Add(new JsonObject
            {
                ["id"] = r.Id,
                ["citation"] = r.Citation,
                ["statement"] = r.Statement,
                ["hypotheses"] = r.Hypotheses,
                ["variant"] = r.Variant,
                ["presets"] = new JsonArray([.. r.Presets.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(p => (JsonNode)JsonValue.Create(p))]),
                ["fault"] = r.Fault,
                ["verdict"] = r.Verdict.ToString(),
                ["qualifier"] = r.Qualifier,
                ["expectedVerdict"] = r.ExpectedVerdict.ToString(),
                ["cases"] = r.Cases,
                ["casesMeetingHypotheses"] = r.CasesMeetingHypotheses,
                ["seed"] = r.Seed,
                ["budget"] = budget.ToString().ToLowerInvariant(),
                ["counterexample"] = counterexample,
                ["seconds"] = Math.Round(r.Seconds, 3),
                ["worstObservable"] = r.WorstObservable is double w && double.IsFinite(w) ? w : null,
                ["nonTrivialCases"] = r.NonTrivialCases,
                ["evidence"] = r.Evidence,
                ["platform"] = RunPlatform.Current,
                ["adamv"] = Provenance.ToolVersion,
                ["shard"] = shard,
            });
            if (incomplete)
            {
                ((JsonObject)array[^1]!)["incomplete"] = true;
            }
        }

        return array;
    }

    /// <summary>The report's text.</summary>
    public static string Text(IEnumerable<ClaimResult> results, BudgetLevel budget, IEnumerable<CaseSlice>? slices = null, string? shard = null, bool incomplete = false) =>
        Build(results, budget, slices, shard, incomplete).ToJsonString(Options);

    /// <summary>Writes the report atomically (<see cref="OutputSet.WriteFile"/>); <paramref name="option"/> names the destination in messages.</summary>
    public static void WriteAtomically(string path, IEnumerable<ClaimResult> results, BudgetLevel budget, IEnumerable<CaseSlice>? slices = null, string? shard = null, string option = "--json") =>
        OutputSet.WriteFile(path, Text(results, budget, slices, shard), option);

    /// <summary>The format of a report directory's report.json.</summary>
    public const string ReportFormat = "adamv-report/1";

    /// <summary>
    /// A report directory's report.json: an object with format "adamv-report/1", the report's provenance (tool, version,
    /// commit, date, platform, commandLine; null when unknown) and results, the array <see cref="Build"/> writes.
    /// <see cref="Read"/> reads it as it reads that array.
    /// </summary>
    public static string ReportText(VerifyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new JsonObject
        {
            ["format"] = ReportFormat,
            ["provenance"] = report.Provenance?.ToJson(),
            ["results"] = Build(report.Results, report.Budget),
        }.ToJsonString(Options);
    }

    /// <summary>
    /// The JSON of <c>adamv verify --seeds K --json</c>: an object with format "adamv-seed-sweep/1", budget, runSeed, the
    /// derived seeds, the provenance (null when not given), and per claim its expected verdict, verdict counts, flips
    /// (seed, verdict, replay line) and the result at every seed (the entries <see cref="Build"/> writes).
    /// </summary>
    public static JsonObject BuildSweep(IReadOnlyList<SeedSweep> sweeps, BudgetLevel budget, ulong runSeed, Provenance? provenance)
    {
        ArgumentNullException.ThrowIfNull(sweeps);
        string level = budget.ToString().ToLowerInvariant();
        var claims = new JsonArray();
        foreach (SeedSweep s in sweeps)
        {
            claims.Add(new JsonObject
            {
                ["id"] = s.ClaimId,
                ["expectedVerdict"] = s.Expected.ToString(),
                ["counts"] = new JsonObject
                {
                    ["Held"] = s.Count(Verdict.Held),
                    ["Refuted"] = s.Count(Verdict.Refuted),
                    ["Inconclusive"] = s.Count(Verdict.Inconclusive),
                },
                ["flips"] = new JsonArray([.. s.Flips.Select(r => (JsonNode)new JsonObject
                {
                    ["seed"] = r.Seed,
                    ["verdict"] = r.Verdict.ToString(),
                    ["qualifier"] = r.Qualifier,
                    ["replay"] = SeedSweep.ReplayCommand(s.ClaimId, budget, r.Seed) + Catalogue.ReplayOptions(s.ClaimId),
                })]),
                ["results"] = Build(s.Results, budget),
            });
        }

        return new JsonObject
        {
            ["format"] = "adamv-seed-sweep/1",
            ["budget"] = level,
            ["runSeed"] = runSeed,
            ["seeds"] = new JsonArray([.. sweeps.Count > 0 ? sweeps[0].Results.Select(r => (JsonNode)JsonValue.Create(r.Seed)) : []]),
            ["platform"] = RunPlatform.Current,
            ["provenance"] = provenance?.ToJson(),
            ["claims"] = claims,
        };
    }

    /// <summary>The seed-sweep JSON's text.</summary>
    public static string SweepText(IReadOnlyList<SeedSweep> sweeps, BudgetLevel budget, ulong runSeed, Provenance? provenance) =>
        BuildSweep(sweeps, budget, runSeed, provenance).ToJsonString(Options);

    /// <summary>Writes the seed-sweep JSON atomically.</summary>
    public static void WriteSweepAtomically(string path, IReadOnlyList<SeedSweep> sweeps, BudgetLevel budget, ulong runSeed, Provenance? provenance) =>
        OutputSet.WriteFile(path, SweepText(sweeps, budget, runSeed, provenance), "--json");

    /// <summary>
    /// Reads a report back (for <c>adamv merge</c>): its budget and seed (which every entry must share), the results,
    /// the case slices, and the platforms its entries name (none for a report written before entries named them).
    /// </summary>
    /// <exception cref="FormatException">Not a verify report, or entries disagree; the message names the file and the field.</exception>
    public static (BudgetLevel Budget, ulong Seed, IReadOnlyList<ClaimResult> Results, IReadOnlyList<CaseSlice> Slices, IReadOnlySet<string> Platforms, string? Shard) Read(string path)
    {
        JsonNode? root = StrictJson.ReadFile(path);
        if (root is JsonObject wrapper)
        {
            string? format = wrapper["format"] is JsonValue f && f.TryGetValue(out string? name) ? name : null;
            if (format != ReportFormat)
            {
                throw new FormatException($"{path}: format is '{format ?? "missing"}'; expected the JSON array that `adamv verify --json` writes or a report.json of format '{ReportFormat}'.");
            }

            root = wrapper["results"];
        }

        JsonArray array = root as JsonArray ?? throw new FormatException($"{path}: expected the JSON array that `adamv verify --json` writes (or a report.json whose results are that array).");

        var results = new List<ClaimResult>();
        var slices = new List<CaseSlice>();
        var platforms = new SortedSet<string>(StringComparer.Ordinal);
        BudgetLevel? budget = null;
        ulong? seed = null;
        string? shard = null;
        for (int i = 0; i < array.Count; i++)
        {
            JsonObject o = array[i] as JsonObject ?? throw new FormatException($"{path}: $[{i}] is not an object.");
            string Text(string field) => o[field] is JsonValue v && v.TryGetValue(out string? t) ? t : throw new FormatException($"{path}: $[{i}].{field} is missing or not a string.");
            string OptionalText(string field) => o[field] is JsonValue v && v.TryGetValue(out string? t) ? t : string.Empty;
            T Number<T>(string field) => o[field] is JsonValue v && v.TryGetValue(out T? n) && n is not null ? n : throw new FormatException($"{path}: $[{i}].{field} is missing or not a number.");
            BudgetLevel b = StrictJson.EnumByName<BudgetLevel>(Text("budget"), $"{path}: $[{i}].budget", lowerCase: true);
            ulong s = Number<ulong>("seed");
            if ((budget is not null && budget != b) || (seed is not null && seed != s))
            {
                throw new FormatException($"{path}: $[{i}] has budget {b}, seed {s}, unlike the entries before it.");
            }

            budget = b;
            seed = s;
            if (o["incomplete"] is JsonValue iv && iv.TryGetValue(out bool cut) && cut)
            {
                throw new FormatException($"{path}: $[{i}].incomplete is true: the run that wrote it was interrupted; run it again.");
            }

            string? entryShard = o["shard"] is null ? null : Text("shard");
            if (i > 0 && entryShard != shard)
            {
                throw new FormatException($"{path}: $[{i}].shard is '{entryShard}', unlike the entries before it ('{shard}').");
            }

            shard = entryShard;
            if (o["platform"] is not null)
            {
                platforms.Add(Text("platform"));
            }

            if (o["slice"] is JsonNode sliceNode)
            {
                slices.Add(ReadSlice(path, i, sliceNode, Text("id"), s));
                continue;
            }

            Counterexample? counterexample = null;
            if (o["counterexample"] is JsonObject c)
            {
                string CText(string field) => c[field] is JsonValue v && v.TryGetValue(out string? t) ? t : throw new FormatException($"{path}: $[{i}].counterexample.{field} is missing or not a string.");
                T CNumber<T>(string field) => c[field] is JsonValue v && v.TryGetValue(out T? n) && n is not null ? n : throw new FormatException($"{path}: $[{i}].counterexample.{field} is missing or not a number of the right kind.");
                double observable = c["observable"] is null ? double.NaN : c["observable"] is JsonValue ov && ov.TryGetValue(out double d) ? d : throw new FormatException($"{path}: $[{i}].counterexample.observable is not a number.");
                JsonObject instance = c["instance"] as JsonObject ?? throw new FormatException($"{path}: $[{i}].counterexample.instance is missing or not an object.");
                int shrinkSteps = CNumber<int>("shrinkSteps");
                if (shrinkSteps < 0)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: $[{i}].counterexample.shrinkSteps is {shrinkSteps}, expected a count ≥ 0."));
                }

                counterexample = new Counterexample(CText("description"), new CaseOutcome(false, observable, CText("detail")), CNumber<ulong>("caseSeed"), shrinkSteps, instance.ToJsonString());
            }
            else if (o["counterexample"] is not null)
            {
                throw new FormatException($"{path}: $[{i}].counterexample is neither an object nor null.");
            }

            double? worst = o["worstObservable"] is null ? null : o["worstObservable"] is JsonValue wv && wv.TryGetValue(out double w) ? w : throw new FormatException($"{path}: $[{i}].worstObservable is not a number.");
            int cases = Number<int>("cases"), met = Number<int>("casesMeetingHypotheses");
            double seconds = Number<double>("seconds");
            int? nonTrivial = o["nonTrivialCases"] is null ? null : o["nonTrivialCases"] is JsonValue nv && nv.TryGetValue(out int n) ? n : throw new FormatException($"{path}: $[{i}].nonTrivialCases is not an integer.");
            if (cases < 1 || met < 0 || met > cases || nonTrivial is < 0 || nonTrivial > met || !(seconds >= 0) || double.IsInfinity(seconds))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: $[{i}]: counts must satisfy 0 ≤ nonTrivialCases ≤ casesMeetingHypotheses ≤ cases, cases ≥ 1 and seconds ≥ 0; got cases {cases}, casesMeetingHypotheses {met}, nonTrivialCases {nonTrivial}, seconds {seconds}."));
            }

            Verdict verdict = StrictJson.EnumByName<Verdict>(Text("verdict"), $"{path}: $[{i}].verdict");
            if (counterexample is not null && verdict != Verdict.Refuted)
            {
                throw new FormatException($"{path}: $[{i}]: verdict {verdict} with a counterexample (only a Refuted verdict has one).");
            }

            string? fault = o["fault"] is null ? null : o["fault"] is JsonValue fv && fv.TryGetValue(out string? f) ? f : throw new FormatException($"{path}: $[{i}].fault is not a string.");
            results.Add(new ClaimResult(
                Text("id"), Text("citation"), Text("statement"),
                verdict, StrictJson.EnumByName<Verdict>(Text("expectedVerdict"), $"{path}: $[{i}].expectedVerdict"),
                cases, met, s, counterexample, seconds, worst, Text("evidence"))
            {
                Hypotheses = OptionalText("hypotheses"),
                Variant = OptionalText("variant"),
                Presets = o["presets"] is not null and not JsonArray ? throw new FormatException($"{path}: $[{i}].presets is not an array of preset names.") : o["presets"] is JsonArray pa ? string.Join(", ", pa.Select((p, k) => p is JsonValue pv && pv.TryGetValue(out string? name) && AdamPresets.All.Any(x => x.Name == name) ? name : throw new FormatException($"{path}: $[{i}].presets[{k}] is not the name of a registry preset."))) : string.Empty,
                Fault = fault,
                Qualifier = o["qualifier"] is null ? null : o["qualifier"] is JsonValue qv && qv.TryGetValue(out string? q) && !string.IsNullOrWhiteSpace(q) ? q : throw new FormatException($"{path}: $[{i}].qualifier is not a non-empty string (or null)."),
                NonTrivialCases = nonTrivial,
            });
        }

        return budget is { } level && seed is { } runSeed ? (level, runSeed, results, slices, platforms, shard) : throw new FormatException($"{path}: the report is empty.");
    }

    private static CaseSlice ReadSlice(string path, int entry, JsonNode node, string id, ulong seed)
    {
        CaseSlice? slice;
        try
        {
            slice = node.Deserialize<CaseSlice>(SliceOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: $[{entry}].slice is malformed: {e.Message}");
        }

        if (slice is null || slice.ClaimId != id || slice.Seed != seed || slice.Unmet is null || slice.Records is null)
        {
            throw new FormatException($"{path}: $[{entry}].slice is missing fields or disagrees with its id '{id}' and seed {seed}.");
        }

        CheckSlice(slice, string.Create(CultureInfo.InvariantCulture, $"{path}: $[{entry}].slice"));
        return slice;
    }

    /// <summary>
    /// The bookkeeping of a slice must be one its run could have written: i/N with N ≤ 10,000; every case index recorded
    /// (unmet, trivial, records, violation) in this slice (k mod N = i − 1), ascending, distinct and at most
    /// <see cref="CaseSlice.Reached"/>, itself below the case count; a violation at <see cref="CaseSlice.Reached"/> (it ends
    /// the slice); finite observables that rise; seconds ≥ 0.
    /// </summary>
    private static void CheckSlice(CaseSlice slice, string at)
    {
        void Require(bool ok, string field, string rule)
        {
            if (!ok)
            {
                throw new FormatException($"{at}.{field}: {rule}.");
            }
        }

        Require(slice.Count is >= 1 and <= 10_000 && slice.Index >= 1 && slice.Index <= slice.Count, "index", "must be i of N with 1 ≤ i ≤ N ≤ 10000");
        Require(slice.Cases >= 1, "cases", "must be ≥ 1");
        Require(slice.Reached >= -1 && slice.Reached < slice.Cases && (slice.Reached == -1 || slice.Reached % slice.Count == slice.Index - 1), "reached", string.Create(CultureInfo.InvariantCulture, $"must be −1 or a case index of this slice below {slice.Cases}; got {slice.Reached}"));
        Require(double.IsFinite(slice.Seconds) && slice.Seconds >= 0, "seconds", "must be finite and ≥ 0");
        int last = slice.Index - 1 >= slice.Cases ? -1 : slice.Index - 1 + ((slice.Cases - slice.Index) / slice.Count * slice.Count);
        Require(slice.Violation is not null || slice.Reached == last, "reached", string.Create(CultureInfo.InvariantCulture, $"a slice without a violation runs all its cases, to case {last}; got {slice.Reached}"));
        bool Indices(IEnumerable<int> ks)
        {
            int previous = -1;
            foreach (int k in ks)
            {
                if (k <= previous || k > slice.Reached || k % slice.Count != slice.Index - 1)
                {
                    return false;
                }

                previous = k;
            }

            return true;
        }

        foreach ((string reason, int[] ks) in slice.Unmet)
        {
            Require(ks is not null && Indices(ks), $"unmet[{reason}]", "case indices must be ascending, distinct, of this slice and at most reached");
        }

        Require(Indices(slice.TrivialCases ?? []), "trivialCases", "case indices must be ascending, distinct, of this slice and at most reached");
        Require(Indices(slice.Records.Select(r => r.Case)), "records", "case indices must be ascending, distinct, of this slice and at most reached");
        Require(slice.Records.All(r => !double.IsNaN(r.Observable)) && slice.Records.Zip(slice.Records.Skip(1)).All(p => p.Second.Observable > p.First.Observable), "records", "observables must be numbers that rise (they record a running maximum)");
        if (slice.Violation is { } v)
        {
            Require(v.Case == slice.Reached, "violation.case", string.Create(CultureInfo.InvariantCulture, $"must be the case the slice stopped at ({slice.Reached}); got {v.Case}"));
            Require(v.Counterexample is { InstanceJson: not null, Description: not null, Outcome: not null }, "violation.counterexample", "must hold the instance, its description and its outcome");
            Require(Theory.Traces.StrictJson.Parse(v.Counterexample.InstanceJson ?? "null", at + ".violation.counterexample.instanceJson") is JsonObject, "violation.counterexample.instanceJson", "must be a JSON object (an instance)");
        }
    }
}
