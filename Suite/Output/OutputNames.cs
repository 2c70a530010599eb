namespace Adam.Verification.Suite.Output;

/// <summary>File names derived from input (a trace's experiment name, a claim id) reduced to one safe file-name component.</summary>
public static class OutputNames
{
    /// <summary>
    /// <paramref name="name"/> when it is a single file-name component: not empty, no directory separator, not "." or
    /// "..", no character the file system rejects, not starting with '.', so that input can never choose where a file goes.
    /// </summary>
    /// <param name="name">The derived name.</param>
    /// <param name="source">What the name came from (file and field), for the message.</param>
    /// <exception cref="ArgumentException">The name is not a single safe component.</exception>
    public static string Component(string name, string source)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool bad = name.Length == 0
            || name.StartsWith('.')
            || name.Contains('/', StringComparison.Ordinal)
            || name.Contains('\\', StringComparison.Ordinal)
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0
            || Path.IsPathRooted(name);
        return bad ? throw new ArgumentException($"{source}: '{name}' is not a plain file name (no directories, no leading '.').") : name;
    }
}
