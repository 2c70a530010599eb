using System.CommandLine;

namespace Adam.Verification.Cli.Commands;

/// <summary>Options that do not apply in a mode are errors, not silently ignored.</summary>
public static class OptionConflicts
{
    /// <summary>Throws when any of <paramref name="options"/> was given explicitly on the command line.</summary>
    /// <exception cref="ArgumentException">One was given; the message names it and <paramref name="mode"/>.</exception>
    public static void Forbid(ParseResult parse, string mode, params Option[] options)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        foreach (Option o in options)
        {
            if (parse.GetResult(o) is { Implicit: false })
            {
                throw new ArgumentException($"{o.Name} does not apply with {mode}; leave it out.");
            }
        }
    }
}
