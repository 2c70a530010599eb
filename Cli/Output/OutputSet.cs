using System.Diagnostics;
using System.Globalization;

namespace Adam.Verification.Cli.Output;

/// <summary>
/// The one output layer: a set of files written into a destination directory so that a reader sees the old set or the
/// new one, never a half-written file. Each file is written to a temporary sibling <c>.adamv-tmp-PID-NAME</c>;
/// <see cref="Commit"/> renames them all into place after every one is complete; <see cref="Dispose"/> deletes any
/// temporary not committed (an exception, a full disk, SIGINT). Opening a set sweeps temporaries that killed runs left
/// (their PID is no longer a live process). File names must be single components (<see cref="OutputNames"/>).
/// </summary>
public sealed class OutputSet : IDisposable
{
    private const string Prefix = ".adamv-tmp-";
    private readonly string _option;
    private readonly List<(string Temp, string Final)> _pending = [];

    private readonly bool _created;
    private bool _committed;

    private OutputSet(string directory, string option, bool created)
    {
        Directory = directory;
        _option = option;
        _created = created;
    }

    /// <summary>The destination directory (full path).</summary>
    public string Directory { get; }

    /// <summary>Opens a set in <paramref name="directory"/> (created when missing); <paramref name="option"/> names it in messages.</summary>
    public static OutputSet Open(string directory, string option)
    {
        string full = OutputDestination.ForDirectory(directory, option);
        bool created = !System.IO.Directory.Exists(full);
        try
        {
            System.IO.Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{option}: cannot create '{full}': {e.Message}", e);
        }

        SweepStale(full);
        return new OutputSet(full, option, created);
    }

    /// <summary>Writes one file of a single-file output (<c>--json FILE</c>, <c>--out FILE</c>) atomically.</summary>
    public static void WriteFile(string path, string text, string option)
    {
        string full = OutputDestination.ForFile(path, option);
        using OutputSet set = Open(Path.GetDirectoryName(full) ?? ".", option);
        set.Add(Path.GetFileName(full), text);
        set.Commit();
    }

    /// <summary>The final path of <paramref name="name"/> in the set's directory.</summary>
    public string PathOf(string name) => Path.Combine(Directory, OutputNames.Component(name, _option));

    /// <summary>Writes <paramref name="text"/> as <paramref name="name"/> (to its temporary until <see cref="Commit"/>).</summary>
    public void Add(string name, string text)
    {
        string final = PathOf(name);
        string temp = Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{_pending.Count}-{name}"));
        _pending.Add((temp, final));
        try
        {
            File.WriteAllText(temp, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{_option}: cannot write '{final}': {e.Message}", e);
        }
    }

    /// <summary>Renames every written file into place.</summary>
    public void Commit()
    {
        foreach ((string temp, string final) in _pending)
        {
            if (System.IO.Directory.Exists(final))
            {
                throw new IOException($"{_option}: '{final}' is a directory; it was not replaced.");
            }
        }

        foreach ((string temp, string final) in _pending)
        {
            File.Move(temp, final, overwrite: true);
        }

        _pending.Clear();
        _committed = true;
    }

    /// <summary>Deletes the temporaries of an uncommitted set, and its directory when the set created it and it is empty.</summary>
    public void Dispose()
    {
        foreach ((string temp, _) in _pending)
        {
            TryDelete(temp);
        }

        _pending.Clear();
        if (_created && !_committed && System.IO.Directory.Exists(Directory) && !System.IO.Directory.EnumerateFileSystemEntries(Directory).Any())
        {
            TryDelete(Directory);
        }
    }

    /// <summary>Deletes temporaries (files and directories) in <paramref name="directory"/> whose writing process is gone.</summary>
    public static void SweepStale(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (string entry in System.IO.Directory.EnumerateFileSystemEntries(directory, Prefix + "*"))
        {
            string rest = Path.GetFileName(entry)[Prefix.Length..];
            int dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && !IsAlive(pid))
            {
                TryDelete(entry);
            }
        }
    }

    /// <summary>A temporary sibling name for a directory output (<see cref="SweepStale"/> removes it when its process is gone).</summary>
    public static string TemporarySibling(string target, string kind) =>
        Path.Combine(Path.GetDirectoryName(target) ?? ".", string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}-{kind}-{Path.GetFileName(target)}"));

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
