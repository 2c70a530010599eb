using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

using Adam.Verification.Suite.Output;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// A saved case: <c>{"claim": id, "description": …, "observable": …, "instance": {…}}</c>, written by
/// <c>adamv search --counterexample-out</c> and <c>adamv verify --report</c> and replayed by <c>adamv check --counterexample</c>.
/// <c>check</c> also reads a <c>verify --json</c> file (every entry with a counterexample is replayed).
/// </summary>
public static class CounterexampleFile
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file's JSON object.</summary>
    public static JsonObject Build(string claimId, string description, double observable, string instanceJson) => new()
    {
        ["claim"] = claimId,
        ["description"] = description,
        ["observable"] = double.IsFinite(observable) ? observable : null,
        ["instance"] = JsonNode.Parse(instanceJson),
    };

    /// <summary>The file's text.</summary>
    public static string Text(string claimId, string description, double observable, string instanceJson) =>
        Build(claimId, description, observable, instanceJson).ToJsonString(Options);

    /// <summary>Writes the file atomically; <paramref name="option"/> names the destination in messages.</summary>
    public static void Write(string path, string claimId, string description, double observable, string instanceJson, string option = "--counterexample-out") =>
        OutputSet.WriteFile(path, Text(claimId, description, observable, instanceJson), option);

    /// <summary>(claim id, instance JSON, its JSON path in the file) for each case in a counterexample file or a <c>verify --json</c> report.</summary>
    /// <exception cref="FormatException">The file is not one of the two forms; the message names the file and the problem.</exception>
    public static IReadOnlyList<(string ClaimId, string InstanceJson, string At)> Read(string path)
    {
        JsonNode root = StrictJson.ReadFile(path);

        if (root is JsonObject single)
        {
            if (single["description"] is not null and not JsonValue { } || (single["description"] is JsonValue d && !d.TryGetValue(out string? _)))
            {
                throw new FormatException($"{path}: $.description is not a string.");
            }

            if (single["observable"] is JsonValue o && !(o.TryGetValue(out double observable) && double.IsFinite(observable)))
            {
                throw new FormatException($"{path}: $.observable is not a finite number (or null).");
            }

            if (single["observable"] is not null and not JsonValue)
            {
                throw new FormatException($"{path}: $.observable is not a finite number (or null).");
            }

            return [(Field(single, "claim", path), Instance(single, path), "$.instance")];
        }

        if (root is JsonArray)
        {
            // A verify --json report is read (and checked) as merge reads it.
            (string, string, string)[] found = [.. VerifyJson.Read(path).Results.Select((r, i) => (r, i)).Where(p => p.r.Counterexample is not null).Select(p => (p.r.Id, p.r.Counterexample!.InstanceJson, string.Create(CultureInfo.InvariantCulture, $"$[{p.i}].counterexample.instance")))];
            return found.Length > 0 ? found : throw new FormatException($"{path}: the verify report holds no counterexample.");
        }

        throw new FormatException($"{path}: expected a counterexample object or a verify --json array.");
    }

    private static string Field(JsonObject o, string field, string path) =>
        o[field] is JsonValue v && v.TryGetValue(out string? s) && !string.IsNullOrWhiteSpace(s) ? s : throw new FormatException($"{path}: $.{field} is missing or not a non-empty string.");

    private static string Instance(JsonObject o, string path) =>
        o["instance"] is JsonObject instance ? instance.ToJsonString() : throw new FormatException($"{path}: $.instance is missing or not an object.");
}
