using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// Reads and writes <see cref="TraceBattery"/> JSON:
/// <code>
/// {"format": "adamv-battery/1", "battery": "standard",
///  "requests": [{"name": "patterns", "purpose": "…", "trace": {adamv-trace/1 …}}, …]}
/// </code>
/// A recorded battery has the same shape with recorded traces. <see cref="Read"/> also accepts a single
/// <c>adamv-trace/1</c> file (a battery of one entry named "trace"). Every error names the file and the JSON path.
/// </summary>
public static class BatteryJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a battery or a single trace.</summary>
    /// <exception cref="TraceFormatException">Malformed, inconsistent, or with duplicate names.</exception>
    public static TraceBattery Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(StrictJson.ReadFile(path).ToJsonString(), path);
    }

    /// <summary>Parses a battery or a single trace; <paramref name="source"/> names it in errors.</summary>
    public static TraceBattery Parse(string json, string source)
    {
        JsonObject root = StrictJson.Parse(json, source) as JsonObject ?? throw new TraceFormatException($"{source}: a battery or a trace is a JSON object.");
        string format = TraceJsonFields.Text(root, "format", source + ": $");
        if (format == OptimizerTrace.FormatTag)
        {
            return new TraceBattery("trace", [new BatteryEntry("trace", "a single request", TraceJson.Parse(json, source))]);
        }

        if (format != TraceBattery.FormatTag)
        {
            throw new TraceFormatException($"{source}: $.format is '{format}', expected '{TraceBattery.FormatTag}' (a battery) or '{OptimizerTrace.FormatTag}' (a trace).");
        }

        TraceJsonFields.OnlyKnown(root, source + ": $", "format", "battery", "requests");
        string name = TraceJsonFields.Text(root, "battery", source + ": $");
        JsonArray requests = root["requests"] as JsonArray ?? throw new TraceFormatException($"{source}: $.requests is missing or not an array.");
        if (requests.Count == 0)
        {
            throw new TraceFormatException($"{source}: $.requests is empty (a battery needs at least one request).");
        }

        var entries = new List<BatteryEntry>(requests.Count);
        for (int k = 0; k < requests.Count; k++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{source}: $.requests[{k}]");
            JsonObject o = requests[k] as JsonObject ?? throw new TraceFormatException($"{at} is not an object.");
            TraceJsonFields.OnlyKnown(o, at, "name", "purpose", "trace");
            string entryName = TraceJsonFields.Text(o, "name", at);
            if (entries.Any(e => e.Name == entryName))
            {
                throw new TraceFormatException($"{at}.name '{StrictJson.Clip(entryName)}' is used twice (names pair traces with requests).");
            }

            string purpose = o["purpose"] is null ? string.Empty : TraceJsonFields.Text(o, "purpose", at);
            JsonNode trace = o["trace"] ?? throw new TraceFormatException($"{at}.trace is missing.");
            entries.Add(new BatteryEntry(entryName, purpose, TraceJson.Parse(trace.ToJsonString(), at + ".trace")));
        }

        return new TraceBattery(name, entries);
    }

    /// <summary>The battery as JSON text.</summary>
    public static string Serialize(TraceBattery battery)
    {
        ArgumentNullException.ThrowIfNull(battery);
        var requests = new JsonArray();
        foreach (BatteryEntry e in battery.Entries)
        {
            requests.Add(new JsonObject { ["name"] = e.Name, ["purpose"] = e.Purpose, ["trace"] = JsonNode.Parse(TraceJson.Serialize(e.Trace)) });
        }

        return new JsonObject { ["format"] = TraceBattery.FormatTag, ["battery"] = battery.Name, ["requests"] = requests }.ToJsonString(Options);
    }
}
