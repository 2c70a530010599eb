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

    /// <summary>The most bytes an input file may hold (256 MiB): a device or a runaway pipe is an error, not an out-of-memory.</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>
    /// Reads and parses the file at <paramref name="path"/> (a regular file, a pipe or a device: <c>--trace &lt;(cmd)</c>
    /// works), reading at most <see cref="MaxBytes"/>.
    /// </summary>
    /// <exception cref="TraceFormatException">Missing, a directory, too large, not JSON, or a key repeats.</exception>
    public static JsonNode ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new TraceFormatException($"{path}: is a directory; give a file.");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
            using var text = new MemoryStream();
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                text.Write(buffer, 0, read);
                if (text.Length > MaxBytes)
                {
                    throw new TraceFormatException($"{path}: larger than {MaxBytes >> 20} MiB; not an input this tool reads.");
                }
            }

            return Parse(System.Text.Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length), path);
        }
        catch (FileNotFoundException)
        {
            throw new TraceFormatException($"{path}: no such file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TraceFormatException($"{path}: cannot be read ({e.Message}).", e);
        }
    }

    /// <summary>
    /// The member of <typeparamref name="T"/> named <paramref name="text"/> (case-insensitive unless
    /// <paramref name="ignoreCase"/> is false); a number, a numeric
    /// string or an unknown name is an error naming <paramref name="at"/> (the file and JSON path) and the valid names.
    /// </summary>
    /// <exception cref="TraceFormatException">Not the name of a member.</exception>
    public static T EnumByName<T>(string text, string at, bool ignoreCase = true)
        where T : struct, Enum
    {
        string? name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        return name is not null ? Enum.Parse<T>(name) : throw new TraceFormatException($"{at} is '{text}', expected one of {string.Join(", ", Enum.GetNames<T>())}.");
    }

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
