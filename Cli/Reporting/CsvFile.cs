using System.Globalization;
using System.Text;

using Adam.Verification.Cli.Output;

namespace Adam.Verification.Cli.Reporting;

/// <summary>Writes a small CSV (invariant culture, round-trip doubles) atomically (the output layer, <see cref="OutputSet"/>).</summary>
public static class CsvFile
{
    /// <summary>Writes <paramref name="header"/> and <paramref name="rows"/> to <paramref name="path"/> (<see cref="OutputSet.WriteFile"/>); <paramref name="option"/> names it in messages.</summary>
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows, string option = "--csv")
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendJoin(',', header).Append('\n');
        foreach (IReadOnlyList<object> row in rows)
        {
            text.AppendJoin(',', row.Select(Format)).Append('\n');
        }

        OutputSet.WriteFile(path, text.ToString(), option);
    }

    private static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
