using Spectre.Console;

namespace Adam.Verification.Cli.Output;

/// <summary>
/// Colour and rules where a person is reading, plain lines everywhere else: a Spectre.Console view of one of the
/// process's own console streams, made only when that stream is not redirected, takes ANSI codes (Spectre.Console's
/// detection) and <c>NO_COLOR</c> is unset (so CI logs,
/// pipes, files and the tests' captured writers get exactly the plain text).
/// </summary>
public sealed class Terminal
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _writer;

    private Terminal(IAnsiConsole console, TextWriter writer)
    {
        _console = console;
        _writer = writer;
    }

    /// <summary>The styled view of <paramref name="writer"/>, or null when it must stay plain.</summary>
    public static Terminal? For(TextWriter writer)
    {
        bool stdout = ReferenceEquals(writer, Console.Out), stderr = ReferenceEquals(writer, Console.Error);
        if ((!stdout && !stderr) || (stdout ? Console.IsOutputRedirected : Console.IsErrorRedirected)
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Environment.GetEnvironmentVariable("TERM") == "dumb")
        {
            return null;
        }

        // Spectre.Console decides from TERM and the platform whether the stream takes ANSI codes; where it does not, stay plain.
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        return console.Profile.Capabilities.Ansi ? new Terminal(console, writer) : null;
    }

    /// <summary>A horizontal rule with <paramref name="title"/>, between sections.</summary>
    public void Rule(string title) => _console.Write(new Rule(Markup.Escape(title)) { Justification = Justify.Left });

    /// <summary>
    /// Replaces the current line with <paramref name="before"/>, <paramref name="highlighted"/> in green
    /// (<paramref name="good"/>), yellow (neither) or bold red (<paramref name="bad"/>), and <paramref name="after"/>. Only
    /// the highlighted word goes through Spectre.Console, so that the line is never re-wrapped.
    /// </summary>
    public void Line(string before, string highlighted, string after, bool good, bool bad)
    {
        _writer.Write("\r\u001b[2K" + before);
        _console.Markup($"[{(good ? "green" : bad ? "bold red" : "yellow")}]{Markup.Escape(highlighted)}[/]");
        _writer.WriteLine(after);
    }
}
