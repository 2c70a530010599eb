using System.CommandLine;
using Adam.Verification.Cli.Commands;
using Adam.Verification.Cli.Output;
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
        var root = new RootCommand("adamv — property-based verification of the convergence theory of Adam.\n\nExamples:\n  adamv list\n  adamv verify --budget quick --json out.json\n  adamv rate --family F2\n  adamv lipschitz --family F2 --samples 1000\n  adamv phase --problem zhang --n 10\n  adamv search --claim constant-step-bound-as-printed\n  adamv conform --trace torch-adam.json --variant pytorch-adam\n  adamv fingerprint --trace torch-adam.json")
        {
            ListCommand.Create(output),
            VerifyCommand.Create(output, error),
            RateCommand.Create(output, error),
            LipschitzCommand.Create(output, error),
            PhaseCommand.Create(output),
            SearchCommand.Create(output, error),
            CheckCommand.Create(output),
            MergeCommand.Create(output),
            ConformCommand.Create(output, error),
            FingerprintCommand.Create(output, error),
            MutantsCommand.Create(output),
            BenchCommand.Create(output),
            ExperimentCommand.Create(output, error),
        };
        InputFiles.BeginInvocation();
        // No response files: "@x" is a path or a value like any other, never "read more arguments from x".
        ParseResult parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0)
        {
            // Prefer an unrecognized token (a mistyped option is usually why a required one is "missing"), then any
            // error that names the offending token.
            System.CommandLine.Parsing.ParseError chosen = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized command or argument '", StringComparison.Ordinal))
                ?? parse.Errors.FirstOrDefault(e => e.Message.Contains('\'', StringComparison.Ordinal)) ?? parse.Errors[0];
            string message = chosen.SymbolResult is System.CommandLine.Parsing.OptionResult { Option.Name: { } name } && !chosen.Message.Contains(name, StringComparison.Ordinal)
                ? $"{name}: {chosen.Message}"
                : chosen.Message;
            if (System.Text.RegularExpressions.Regex.Match(chosen.Message, "^Unrecognized command or argument '(.+)'") is { Success: true } unknown
                && Suggestions.For(parse.CommandResult.Command, unknown.Groups[1].Value.Split('=', 2)[0]) is { } suggestion)
            {
                message = $"{message.TrimEnd('.')}; did you mean '{suggestion}'?";
            }
            else if (MistypedOption(parse.CommandResult.Command, args) is { } mistyped)
            {
                // A mistyped option can be taken as a value ("merge --ot x": three files, and --out "missing").
                message = $"{message.TrimEnd('.')}; '{mistyped.Token}' is not an option of {parse.CommandResult.Command.Name}: did you mean '{mistyped.Suggestion}'?";
            }

            error.WriteLine($"adamv: {OneLine(FriendlyTypes(message))}");
            return ExitCodes.BadArguments;
        }

        try
        {
            // A malformed ADAMV_OPENBLAS_CORETYPE is a usage error before any work starts, not a failure mid-run.
            _ = Empirical.Engine.Blas.Gemm.OpenBlasCore;
            using IDisposable stdout = StandardOutput.Use(output);
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (!e.Message.StartsWith("--claims-from", StringComparison.Ordinal) && Theory.Claims.Loading.ClaimAssembly.ThrownByLoadedCode(e) is { } where)
        {
            // A claim loaded by --claims-from failed in its own code: the user's input, named, not a fault of adamv.
            Exception cause = e is AggregateException { InnerException: { } inner } ? inner : e;
            error.WriteLine($"adamv: --claims-from: a loaded claim's code threw {cause.GetType().Name} in {where}: {OneLine(cause.Message)}");
            return ExitCodes.BadArguments;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            string message = e is OptionValidationException ov ? ov.Message : e.Message;
            error.WriteLine($"adamv: {OneLine(message)}");
            return ExitCodes.BadArguments;
        }
#pragma warning disable CA1031 // The CLI turns any other failure into one line and exit code 3 instead of a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"adamv: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The first argument that looks like an option <paramref name="command"/> does not have but nearly has, with the name it nearly is.</summary>
    private static (string Token, string Suggestion)? MistypedOption(Command command, IEnumerable<string> args)
    {
        foreach (string name in args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2).Select(a => a.Split('=', 2)[0]))
        {
            bool known = command.Options.Any(o => o.Name == name || o.Aliases.Contains(name));
            if (!known && Suggestions.For(command, name) is { } suggestion)
            {
                return (name, suggestion);
            }
        }

        return null;
    }

    /// <summary>Replaces .NET type names in a parse error ("System.Nullable`1[System.UInt64]") by what the user types.</summary>
    public static string FriendlyTypes(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string text = System.Text.RegularExpressions.Regex.Replace(message, @"System\.Nullable`1\[([A-Za-z0-9_.]+)\]", "$1");
        return text
            .Replace("'System.UInt64'", "an unsigned integer (0 to 18446744073709551615)", StringComparison.Ordinal)
            .Replace("'System.Int32'", "an integer", StringComparison.Ordinal)
            .Replace("'System.Double'", "a number", StringComparison.Ordinal)
            .Replace("'System.IO.FileInfo'", "a file path", StringComparison.Ordinal)
            .Replace("'System.IO.DirectoryInfo'", "a directory path", StringComparison.Ordinal)
            .Replace("as expected type ", "as ", StringComparison.Ordinal);
    }

    /// <summary>The longest message printed (<see cref="Messages.MaxLength"/>).</summary>
    public const int MaxMessageLength = Messages.MaxLength;

    /// <summary>Collapses a multi-line message (System.CommandLine lists choices on lines of their own) into one line (<see cref="Messages.OneLine"/>).</summary>
    public static string OneLine(string message) => Messages.OneLine(message);
}
