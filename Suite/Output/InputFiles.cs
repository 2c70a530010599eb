namespace Adam.Verification.Suite.Output;

/// <summary>
/// Input files named on the command line: each must exist and not be a directory (the message names the option), and
/// each is remembered for the current invocation so that no output of the same run replaces it
/// (<see cref="RequireNotAnInput"/>).
/// </summary>
public static class InputFiles
{
    private static readonly AsyncLocal<HashSet<string>?> Current = new();

    /// <summary>Starts an invocation: forgets the inputs of any earlier one in this flow.</summary>
    public static void BeginInvocation() => Current.Value = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Throws unless <paramref name="file"/> exists and is not a directory; remembers it as an input of this run.</summary>
    /// <exception cref="ArgumentException">Missing, or a directory; the message names <paramref name="option"/> and the path.</exception>
    public static void Require(FileInfo file, string option)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (Directory.Exists(file.FullName))
        {
            throw new ArgumentException($"{option}: '{file.FullName}' is a directory; give a file.");
        }

        if (!file.Exists)
        {
            throw new ArgumentException($"{option}: no such file '{file.FullName}'.");
        }

        (Current.Value ??= new HashSet<string>(StringComparer.Ordinal)).Add(Canonical(file.FullName));
    }

    /// <summary>Throws when <paramref name="path"/> is, or (as a directory) holds, an input of this run.</summary>
    /// <exception cref="ArgumentException">The output would replace an input; the message names <paramref name="option"/>.</exception>
    public static void RequireNotAnInput(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Current.Value is not { Count: > 0 } inputs)
        {
            return;
        }

        string full = Canonical(path);
        string? clash = inputs.FirstOrDefault(i => i == full || i.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (clash is not null)
        {
            throw new ArgumentException($"{option}: '{Path.GetFullPath(path)}' would replace the input '{clash}'; write elsewhere.");
        }
    }

    /// <summary>
    /// The full path with a symbolic link (if <paramref name="path"/> is one) resolved to its final target; a dangling link
    /// resolves to the path it names.
    /// </summary>
    /// <exception cref="ArgumentException">The link does not resolve (a loop); the message names <paramref name="option"/>.</exception>
    public static string Resolve(string path, string option = "path")
    {
        string full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        try
        {
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            throw new ArgumentException($"{option}: '{full}' is a symbolic link that does not resolve ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private static string Canonical(string path) => Resolve(path).TrimEnd(Path.DirectorySeparatorChar);
}
