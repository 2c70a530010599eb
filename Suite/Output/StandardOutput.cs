namespace Adam.Verification.Suite.Output;

/// <summary>
/// <c>-</c> as a file name means standard output, for every option that names an output file (<c>--json</c>,
/// <c>--csv</c>, <c>--counterexample-out</c>, <c>--spec-out</c>, <c>--battery-out</c>, <c>--trace-out</c>): the file's
/// text goes to the command's standard output (<see cref="Use"/>), and the command prints what it says about its work
/// to standard error, so that the data pipes into the next program.
/// </summary>
public static class StandardOutput
{
    /// <summary>The file name that means standard output.</summary>
    public const string Name = "-";

    private static readonly AsyncLocal<TextWriter?> Writer = new();

    /// <summary>Whether <paramref name="path"/>, as the user gave it, means standard output.</summary>
    public static bool Is(string? path) => path == Name;

    /// <summary>Whether <paramref name="file"/> (an option's value as given) means standard output.</summary>
    public static bool Is(FileInfo? file) => file is not null && Is(file.ToString());

    /// <summary>The path to write <paramref name="file"/> to: <see cref="Name"/> for standard output, else its full path.</summary>
    public static string PathOf(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Is(file) ? Name : file.FullName;
    }

    /// <summary>The writer standard output means in the current command (the process's own by default).</summary>
    public static TextWriter Current => Writer.Value ?? Console.Out;

    /// <summary>Makes <paramref name="writer"/> the standard output of the current command until disposed.</summary>
    public static IDisposable Use(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        TextWriter? previous = Writer.Value;
        Writer.Value = writer;
        return new Scope(() => Writer.Value = previous);
    }
}
