namespace Adam.Verification.Suite.Reporting;

/// <summary>Messages for one line of a terminal or log.</summary>
public static class Messages
{
    /// <summary>The longest message printed: a value pasted by mistake (a megabyte of id) is cut, not echoed whole.</summary>
    public const int MaxLength = 2000;

    /// <summary>Collapses a multi-line message into one line, cut at <see cref="MaxLength"/>.</summary>
    public static string OneLine(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string line = string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= MaxLength ? line : string.Concat(line.AsSpan(0, MaxLength - 1), "…");
    }
}
