using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// The JSON report of <c>adamv verify --json</c>: an array with one object per claim — id, citation, statement,
/// verdict, expectedVerdict, cases, casesMeetingHypotheses, seed, counterexample (or null), seconds — plus
/// evidence and worstObservable. A counterexample holds description, detail, caseSeed, shrinkSteps and instance.
/// </summary>
public static class VerifyJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as a JSON array.</summary>
    public static JsonArray Build(IEnumerable<ClaimResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var array = new JsonArray();
        foreach (ClaimResult r in results)
        {
            JsonNode? counterexample = r.Counterexample is { } c
                ? new JsonObject
                {
                    ["description"] = c.Description,
                    ["detail"] = c.Outcome.Detail,
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
                ["verdict"] = r.Verdict.ToString(),
                ["expectedVerdict"] = r.ExpectedVerdict.ToString(),
                ["cases"] = r.Cases,
                ["casesMeetingHypotheses"] = r.CasesMeetingHypotheses,
                ["seed"] = r.Seed,
                ["counterexample"] = counterexample,
                ["seconds"] = Math.Round(r.Seconds, 3),
                ["worstObservable"] = r.WorstObservable is double w && double.IsFinite(w) ? w : null,
                ["evidence"] = r.Evidence,
            });
        }

        return array;
    }

    /// <summary>Writes the report to a temporary file beside <paramref name="path"/> and renames it into place.</summary>
    public static void WriteAtomically(string path, IEnumerable<ClaimResult> results)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, Build(results).ToJsonString(Options));
        File.Move(temp, full, overwrite: true);
    }
}
