using System.CommandLine;
using Adam.Verification.Cli.Commands;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Cli;

/// <summary>
/// The adamv command line. Parse errors and invalid input print one line, "adamv: …", on stderr and exit 2;
/// a verdict different from the expected one exits 1; success exits 0; an unexpected exception exits 3.
/// </summary>
public static class AdamvApp
{
    /// <summary>Runs adamv with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var root = new RootCommand("adamv — property-based verification of the convergence theory of Adam.\n\nExamples:\n  adamv list\n  adamv verify --budget quick --json out.json")
        {
            ListCommand.Create(output),
            VerifyCommand.Create(output, error),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            error.WriteLine($"adamv: {parse.Errors[0].Message}");
            return ExitCodes.BadArguments;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException)
        {
            string message = e is OptionValidationException ov ? ov.Message : e.Message;
            error.WriteLine($"adamv: {message}");
            return ExitCodes.BadArguments;
        }
#pragma warning disable CA1031 // The CLI turns any other failure into one line and exit code 3 instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"adamv: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
