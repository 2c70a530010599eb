using System.CommandLine;
using Adam.Verification.Suite.Reporting;

namespace Adam.Verification.Cli.Reporting;

/// <summary>The provenance of the command a parse result describes.</summary>
public static class CommandProvenance
{
    /// <summary>The provenance of the command <paramref name="parse"/> describes, made now.</summary>
    public static Provenance Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return Provenance.Of(parse.Tokens.Select(t => t.Value), DateTimeOffset.UtcNow);
    }
}
