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
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

            return Parse(Decode(text.GetBuffer().AsSpan(0, (int)text.Length), path), path);
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
    /// The member of <typeparamref name="T"/> named <paramref name="text"/>, spelled exactly as this tool writes it (the
    /// member's name, or its lower-case form when <paramref name="lowerCase"/>); a number, a numeric string, another
    /// spelling or an unknown name is an error naming <paramref name="at"/> (the file and JSON path) and the valid names.
    /// </summary>
    /// <exception cref="TraceFormatException">Not the name of a member.</exception>
    public static T EnumByName<T>(string text, string at, bool lowerCase = false)
        where T : struct, Enum
    {
        string[] names = [.. Enum.GetNames<T>().Select(n => lowerCase ? n.ToLowerInvariant() : n)];
        int index = Array.IndexOf(names, text);
        return index >= 0 ? Enum.Parse<T>(Enum.GetNames<T>()[index]) : throw new TraceFormatException($"{at} is '{Clip(text)}', expected one of {string.Join(", ", names)}.");
    }

    /// <summary>At most 80 characters of <paramref name="text"/> for a message (a pasted megabyte is not echoed whole).</summary>
    public static string Clip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");
    }

    /// <summary>
    /// Parses <paramref name="json"/>; <paramref name="source"/> names it in the message. Every string (value or key) must
    /// be well-formed UTF-16: an escape such as <c>\ud800</c> without its pair is an error, not a crash later.
    /// </summary>
    /// <exception cref="TraceFormatException">Not JSON, a key repeats within an object, or a string is ill-formed.</exception>
    public static JsonNode Parse(string json, string source)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options) ?? throw new TraceFormatException($"{source}: the JSON is null.");
        }
        catch (JsonException e)
        {
            throw new TraceFormatException($"{source}: not JSON ({e.Message}).", e);
        }
        catch (InvalidOperationException e)
        {
            throw new TraceFormatException($"{source}: not JSON ({e.Message}).", e);
        }

        CheckStrings(root, source);
        return root;
    }

    private static void CheckStrings(JsonNode? node, string source)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode?> p in o)
                {
                    if (!IsWellFormed(p.Key))
                    {
                        throw new TraceFormatException($"{source}: {o.GetPath()} has a key with an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF).");
                    }

                    CheckStrings(p.Value, source);
                }

                break;
            case JsonArray a:
                foreach (JsonNode? item in a)
                {
                    CheckStrings(item, source);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                try
                {
                    _ = v.GetValue<string>();
                }
                catch (InvalidOperationException)
                {
                    throw new TraceFormatException($"{source}: {v.GetPath()} is a string with an unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF).");
                }

                break;
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>UTF-8 text, with or without a byte-order mark; UTF-16 and invalid bytes are errors naming the file.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new TraceFormatException($"{path}: the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8.");
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        try
        {
            return Utf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new TraceFormatException($"{path}: not UTF-8 text (invalid byte at offset {e.Index}).", e);
        }
    }
}
