using System.CommandLine;

namespace Adam.Verification.Cli;

/// <summary>
/// "Did you mean" for a mistyped verb or option: the closest name the command accepts, by edit distance (insertions,
/// deletions, substitutions and adjacent transpositions), when it is within a third of the name's length (at least 1);
/// an option renamed so that each name means one thing in every command suggests its new name.
/// </summary>
public static class Suggestions
{
    /// <summary>
    /// Options renamed so that one name has one meaning across commands: search's evaluation count (verify's
    /// <c>--budget</c> is a level), search's counterexample file (<c>--out</c> is a directory elsewhere) and lipschitz's
    /// sampling scale (experiment's <c>--scale</c> is ci or paper).
    /// </summary>
    private static readonly Dictionary<(string Command, string Option), string> Renamed = new()
    {
        [("search", "--budget")] = "--evaluations",
        [("search", "--out")] = "--counterexample-out",
        [("lipschitz", "--scale")] = "--sampling-scale",
    };

    /// <summary>The closest subcommand (for a word) or option (for a token starting with '-') of <paramref name="command"/>, or null.</summary>
    public static string? For(Command command, string token)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(token);
        if (Renamed.TryGetValue((command.Name, token), out string? renamed))
        {
            return renamed;
        }

        IEnumerable<string> names = token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Aliases.Prepend(c.Name));
        (string Name, int Distance)? best = names.Distinct().Select(n => (Name: n, Distance: Distance(token, n))).OrderBy(p => p.Distance).ThenBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault();
        return best is { } b && b.Distance > 0 && b.Distance <= Math.Max(1, token.TrimStart('-').Length / 3) ? b.Name : null;
    }

    /// <summary>The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
