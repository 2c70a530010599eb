using System.Globalization;
using System.Text;

using Adam.Verification.Suite.Output;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// Writes a small CSV (invariant culture, round-trip doubles, RFC 4180 quoting) to a file the user named, atomically
/// (the output layer, <see cref="OutputSet"/>). Nothing may be written beside a file the user named, so its provenance
/// goes into trailing columns (<see cref="Provenance.CsvColumns"/>), the same on every row.
/// </summary>
public static class CsvFile
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/> (<see cref="OutputSet.WriteFile"/>); <paramref name="option"/> names it in messages.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows, Provenance provenance, string option = "--csv")
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', header).Append('\n');
        foreach (IReadOnlyList<object> row in rows)
        {
            text.AppendJoin(',', row.Select(Format)).Append('\n');
        }

        OutputSet.WriteFile(path, WithProvenance(text.ToString(), provenance), option);
    }

    /// <summary>
    /// <paramref name="csv"/> (a header line and rows, one record per line, no line breaks inside fields) with the
    /// provenance columns appended to the header and the same values to every row.
    /// </summary>
    public static string WithProvenance(string csv, Provenance provenance)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(provenance);
        IReadOnlyList<(string Name, string Value)> extra = provenance.CsvColumns;
        string names = string.Concat(extra.Select(c => "," + c.Name)), values = string.Concat(extra.Select(c => "," + Quote(c.Value)));
        string[] lines = csv.TrimEnd('\n').Split('\n');
        var text = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            text.Append(lines[i].TrimEnd('\r')).Append(i == 0 ? names : values).Append('\n');
        }

        return text.ToString();
    }

    private static string Format(object value) => Quote(value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    });

    /// <summary>A field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
