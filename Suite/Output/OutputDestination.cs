using System.Text;

namespace Adam.Verification.Suite.Output;

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
        if (StandardOutput.Is(path))
        {
            return path;
        }

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
        if (StandardOutput.Is(path))
        {
            throw new ArgumentException($"{option} names a directory of files; '-' (standard output) is for the options that name one file.");
        }

        string full = Full(path, option).TrimEnd(Path.DirectorySeparatorChar);
        if (System.IO.File.Exists(full))
        {
            throw new ArgumentException($"{option}: '{full}' is a file; give a directory.");
        }

        Ancestor(full, option, full);
        return full;
    }

    /// <summary>The most bytes of one file name (Linux's NAME_MAX).</summary>
    public const int MaxNameBytes = 255;

    /// <summary>The most bytes of a path (Linux's PATH_MAX, less its terminating zero).</summary>
    public const int MaxPathBytes = 4095;

    /// <summary>
    /// The full path, a symbolic link resolved to its target (so a link to a report directory is written through, not
    /// replaced; <c>/dev/stdout</c> and other links into <c>/dev</c> or <c>/proc</c> are kept as given), with room for the
    /// temporary sibling an atomic write needs.
    /// </summary>
    private static string Full(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException($"{option}: the path is empty.");
        }

        string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
        full = full.Length == 0 ? "/" : full;
        string resolved = InputFiles.Resolve(full, option);
        if (resolved.StartsWith("/dev/", StringComparison.Ordinal) || resolved.StartsWith("/proc/", StringComparison.Ordinal))
        {
            return full;
        }

        string temporary = OutputSet.TemporaryName("old-" + Path.GetFileName(resolved), reserve: true);
        int nameRoom = MaxNameBytes - (Encoding.UTF8.GetByteCount(temporary) - Encoding.UTF8.GetByteCount(Path.GetFileName(resolved)));
        if (Encoding.UTF8.GetByteCount(temporary) > MaxNameBytes)
        {
            throw new ArgumentException($"{option}: the name '{Path.GetFileName(resolved)[..Math.Min(40, Path.GetFileName(resolved).Length)]}…' is {Encoding.UTF8.GetByteCount(Path.GetFileName(resolved))} bytes; an atomic write needs a temporary beside it, so at most {nameRoom} bytes fit.");
        }

        if (Encoding.UTF8.GetByteCount(Path.Combine(Path.GetDirectoryName(resolved) ?? "/", temporary)) > MaxPathBytes)
        {
            throw new ArgumentException($"{option}: the path is {Encoding.UTF8.GetByteCount(resolved)} bytes; with the temporary an atomic write needs, it exceeds the system's {MaxPathBytes}.");
        }

        return resolved;
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

        // The ancestor as the kernel sees it: a link into /proc (procln -> /proc/self) is as virtual as /proc itself.
        string? real = d is null ? null : RealPath(d);
        if (real is not null && (real == "/proc" || real.StartsWith("/proc/", StringComparison.Ordinal) || real == "/sys" || real.StartsWith("/sys/", StringComparison.Ordinal)))
        {
            d = real;
            throw new ArgumentException($"{option}: '{full}' lies in the kernel's virtual file system '{d}', which holds no files of ours.");
        }
    }

    /// <summary>The directory with every symbolic link on its path resolved (realpath); on a loop, the path as given.</summary>
    private static string RealPath(string directory)
    {
        string result = Path.GetPathRoot(directory) ?? "/";
        try
        {
            foreach (string part in directory[result.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                string next = Path.Combine(result, part);
                var info = new DirectoryInfo(next);
                result = info.LinkTarget is null ? next : Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? next);
            }

            return result;
        }
        catch (IOException)
        {
            return directory;
        }
    }
}
