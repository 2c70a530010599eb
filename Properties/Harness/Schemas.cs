using System.Text.Json;
using Json.Schema;

namespace Adam.Verification.Properties.Harness;

/// <summary>The JSON Schemas of docs/schemas (request, trace, battery), loaded once, and validation with the failing paths listed.</summary>
public static class Schemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Loaded = new(Load);

    /// <summary>The schema names: request, trace, battery.</summary>
    public static IReadOnlyList<string> Names { get; } = ["request", "trace", "battery"];

    /// <summary>The schema errors of <paramref name="json"/> against the schema <paramref name="name"/> (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(string json, string name)
    {
        JsonSchema schema = Loaded.Value[name];
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)];
    }

    private static Dictionary<string, JsonSchema> Load()
    {
        // Built in dependency order (trace and battery refer to request, battery to trace) into one registry.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        foreach (string name in Names)
        {
            JsonSchema schema = JsonSchema.FromFile(Path.Combine(RepositoryRoot.Path, "docs", "schemas", $"adamv-{name}-1.schema.json"), options);
            schemas[name] = schema;
        }

        return schemas;
    }
}
