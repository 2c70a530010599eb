using System.Globalization;
using System.Text;

namespace Adam.Verification.Cli.Reporting;

/// <summary>Writes a small CSV (invariant culture, round-trip doubles) atomically: a temporary file, then a rename.</summary>
public static class CsvFile
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', header).Append('\n');
        foreach (IReadOnlyList<object> row in rows)
        {
            text.AppendJoin(',', row.Select(Format)).Append('\n');
        }

        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, text.ToString());
        File.Move(temp, full, overwrite: true);
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
