using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Reading the fields of a trace-like JSON document (optimizer traces, experiment traces), each failure a
/// <see cref="TraceFormatException"/> that names the source and the JSON path of the offending field.
/// </summary>
public static class TraceJsonFields
{
    /// <summary>
    /// The root object of <paramref name="json"/>, whose "format" must be <paramref name="formatTag"/>;
    /// <paramref name="what"/> names the document in errors ("a trace", "an experiment trace").
    /// </summary>
    public static JsonObject Root(string json, string source, string formatTag, string what)
    {
        JsonObject root = StrictJson.Parse(json, source) as JsonObject ?? throw new TraceFormatException($"{source}: {what} is a JSON object.");

        string format = Text(root, "format", source + ": $");
        return format == formatTag ? root : throw new TraceFormatException($"{source}: $.format is '{format}', expected '{formatTag}'.");
    }

    /// <summary>
    /// Throws unless every member of <paramref name="o"/> is one of <paramref name="known"/>: a misspelt or foreign
    /// field is an error, as the JSON Schemas in docs/schemas say (<c>additionalProperties: false</c>).
    /// </summary>
    public static void OnlyKnown(JsonObject o, string at, params string[] known)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(known);
        foreach (KeyValuePair<string, JsonNode?> member in o)
        {
            if (!known.Contains(member.Key, StringComparer.Ordinal))
            {
                throw new TraceFormatException($"{at}.{StrictJson.Clip(member.Key)} is not a field of this format (known: {string.Join(", ", known)}).");
            }
        }
    }

    /// <summary>The string field <paramref name="field"/> of <paramref name="o"/> (at <paramref name="at"/>).</summary>
    public static string Text(JsonObject o, string field, string at)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o[field] is JsonValue v && v.TryGetValue(out string? s) && s is not null ? s : throw new TraceFormatException($"{at}.{field} is missing or not a string.");
    }

    /// <summary>The boolean field <paramref name="field"/> of <paramref name="o"/>.</summary>
    public static bool Flag(JsonObject o, string field, string at)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o[field] is JsonValue v && v.TryGetValue(out bool b) ? b : throw new TraceFormatException($"{at}.{field} is missing or not a boolean.");
    }

    /// <summary>
    /// The number field <paramref name="field"/> of <paramref name="o"/>; finite unless <paramref name="allowNonFinite"/>,
    /// which also accepts the strings "NaN", "Infinity" and "-Infinity" (how Python's json writes them when quoted).
    /// </summary>
    public static double Number(JsonObject o, string field, string at, bool allowNonFinite = false)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o[field] is JsonValue v && v.TryGetValue(out double x))
        {
            return double.IsFinite(x) || allowNonFinite ? x : throw new TraceFormatException($"{at}.{field} is not finite.");
        }

        if (allowNonFinite && o[field] is JsonValue t && t.TryGetValue(out string? s) && s is "NaN" or "Infinity" or "-Infinity")
        {
            return double.Parse(s, CultureInfo.InvariantCulture);
        }

        throw new TraceFormatException($"{at}.{field} is missing or not a number.");
    }
}
