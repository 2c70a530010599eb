using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adam.Verification.Suite.Output;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// A CSV written into an output directory together with its sidecar NAME.csv.provenance.json (format
/// "adamv-csv-provenance/1"): the file it describes, the <see cref="Provenance"/> of the run (version, commit, date,
/// platform, command line, seed) and what each column means. Both go through the same
/// <see cref="OutputSet"/>, so they are committed together.
/// </summary>
public static class CsvSidecar
{
    /// <summary>The sidecar's format.</summary>
    public const string Format = "adamv-csv-provenance/1";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The sidecar's name for the CSV <paramref name="csvName"/>.</summary>
    public static string NameFor(string csvName) => csvName + ".provenance.json";

    /// <summary>Adds <paramref name="csvName"/> with <paramref name="csvText"/> and its sidecar to <paramref name="set"/>.</summary>
    /// <param name="set">The output set.</param>
    /// <param name="csvName">The CSV's file name.</param>
    /// <param name="csvText">The CSV.</param>
    /// <param name="provenance">Where it came from.</param>
    /// <param name="columns">Column name → meaning, in the CSV's order.</param>
    public static void Add(OutputSet set, string csvName, string csvText, Provenance provenance, IReadOnlyList<(string Column, string Meaning)> columns)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(columns);
        set.Add(csvName, csvText);
        var sidecar = new JsonObject
        {
            ["format"] = Format,
            ["file"] = csvName,
            ["provenance"] = provenance.ToJson(),
        };
        var described = new JsonObject();
        foreach ((string column, string meaning) in columns)
        {
            described[column] = meaning;
        }

        sidecar["columns"] = described;

        set.Add(NameFor(csvName), sidecar.ToJsonString(Options) + "\n");
    }
}
