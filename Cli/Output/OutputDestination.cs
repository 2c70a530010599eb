namespace Adam.Verification.Cli.Output;

/// <summary>
/// Checks a destination before any work starts, without creating anything: a file destination must not be a directory,
/// a directory destination must not be a file, and the nearest existing ancestor must be a directory.
/// </summary>
public static class OutputDestination
{
    /// <summary>Validates the file <paramref name="path"/> named by <paramref name="option"/>; returns its full path.</summary>
    /// <exception cref="ArgumentException">The destination cannot hold the file; the message names the option and the path.</exception>
    public static string ForFile(string path, string option)
    {
        string full = Full(path, option);
        if (System.IO.Directory.Exists(full))
        {
            throw new ArgumentException($"{option}: '{full}' is a directory; give a file name.");
        }

        if (!System.IO.File.Exists(full))
        {
            Ancestor(Path.GetDirectoryName(full) ?? ".", option, full);
        }

        InputFiles.RequireNotAnInput(full, option);
        return full;
    }

    /// <summary>Validates the directory <paramref name="path"/> named by <paramref name="option"/>; returns its full path.</summary>
    /// <exception cref="ArgumentException">The destination cannot be a directory; the message names the option and the path.</exception>
    public static string ForDirectory(string path, string option)
    {
        string full = Full(path, option).TrimEnd(Path.DirectorySeparatorChar);
        if (System.IO.File.Exists(full))
        {
            throw new ArgumentException($"{option}: '{full}' is a file; give a directory.");
        }

        Ancestor(full, option, full);
        return full;
    }

    private static string Full(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"{option}: the path is empty.");
        }

        return Path.GetFullPath(path);
    }

    private static void Ancestor(string directory, string option, string full)
    {
        string? d = directory;
        while (d is not null && !System.IO.Directory.Exists(d))
        {
            if (System.IO.File.Exists(d))
            {
                throw new ArgumentException($"{option}: '{full}' lies under '{d}', which is a file.");
            }

            d = Path.GetDirectoryName(d);
        }

        if (d is not null && (d == "/proc" || d.StartsWith("/proc/", StringComparison.Ordinal) || d == "/sys" || d.StartsWith("/sys/", StringComparison.Ordinal)))
        {
            throw new ArgumentException($"{option}: '{full}' lies in the kernel's virtual file system '{d}', which holds no files of ours.");
        }
    }
}
