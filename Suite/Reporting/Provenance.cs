using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// Where an output came from: the tool's version and the commit it was built from (the source revision the build embeds
/// in the assembly's informational version, "unknown" when the build had none), the time the output was made (UTC), the
/// platform (operating system, .NET runtime and <see cref="RunPlatform"/>, which decides floating-point rounding) and the
/// command line that made it. Every report (page, Markdown, report.json, sweep.json) and every CSV carries it.
/// </summary>
/// <param name="Version">The tool's version, e.g. "0.15.0".</param>
/// <param name="Commit">The full commit hash, or "unknown".</param>
/// <param name="Date">When the output was made, UTC.</param>
/// <param name="Platform">Operating system, runtime and <see cref="RunPlatform.Current"/>.</param>
/// <param name="CommandLine">The command, shell-quoted: <c>adamv verify --budget quick …</c>.</param>
public sealed record Provenance(string Version, string Commit, DateTimeOffset Date, string Platform, string CommandLine)
{
    /// <summary>The tool's informational version, "VERSION+COMMIT" (as <c>adamv --version</c> prints it).</summary>
    public static string ToolVersion { get; } = typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>The provenance of <c>adamv</c> run with <paramref name="arguments"/> at <paramref name="date"/>.</summary>
    public static Provenance Of(IEnumerable<string> arguments, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string informational = ToolVersion;
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        string version = plus < 0 ? informational : informational[..plus];
        string commit = plus < 0 || plus == informational.Length - 1 ? "unknown" : informational[(plus + 1)..];
        string platform = $"{RuntimeInformation.OSDescription}; .NET {Environment.Version}; {RunPlatform.Current}";
        return new Provenance(version, commit, date.ToUniversalTime(), platform, "adamv" + string.Concat(arguments.Select(a => " " + Quote(a))));
    }

    /// <summary>The seed of the run that made the output, when it has one.</summary>
    public ulong? Seed { get; init; }

    /// <summary>The commit's first 12 characters (or "unknown").</summary>
    public string ShortCommit => Commit.Length > 12 && Commit != "unknown" ? Commit[..12] : Commit;

    /// <summary>The date as ISO 8601 UTC to the second, e.g. 2026-12-02T11:53:04Z.</summary>
    public string DateText => Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>One line: "adamv 0.15.0 (commit 3ae50952358…), 2026-12-02T11:53:04Z, on PLATFORM: COMMAND".</summary>
    public string Line => $"adamv {Version} (commit {ShortCommit}), {DateText}, on {Platform}: {CommandLine}";

    /// <summary>The JSON object written into report.json, sweep.json and CSV sidecars: tool, version, commit, date, platform, commandLine.</summary>
    public JsonObject ToJson() => new()
    {
        ["tool"] = "adamv",
        ["version"] = Version,
        ["commit"] = Commit,
        ["date"] = DateText,
        ["platform"] = Platform,
        ["commandLine"] = CommandLine,
        ["seed"] = Seed,
    };

    /// <summary>The provenance as CSV columns (names and values), for single-file CSV outputs that have no room for a sidecar.</summary>
    public IReadOnlyList<(string Name, string Value)> CsvColumns =>
    [
        ("adamv_version", Version),
        ("commit", Commit),
        ("date", DateText),
        ("platform", Platform),
        ("command_line", CommandLine),
        ("seed", Seed?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
    ];

    /// <summary>POSIX shell quoting: a word of safe characters as is, anything else in single quotes.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./,:=@%+".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
