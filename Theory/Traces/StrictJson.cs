using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Parsing JSON from files that come from elsewhere (traces, shards, reports, counterexamples): a duplicate key is an
/// error (JSON leaves its meaning open), and every failure is a <see cref="FormatException"/> naming the source.
/// </summary>
public static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>Parses <paramref name="json"/>; <paramref name="source"/> names it in the message.</summary>
    /// <exception cref="TraceFormatException">Not JSON, or a key repeats within an object.</exception>
    public static JsonNode Parse(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: Options) ?? throw new TraceFormatException($"{source}: the JSON is null.");
        }
        catch (JsonException e)
        {
            throw new TraceFormatException($"{source}: not JSON ({e.Message}).", e);
        }
    }
}
