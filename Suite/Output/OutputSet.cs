using System.Diagnostics;
using System.Globalization;

namespace Adam.Verification.Suite.Output;

/// <summary>
/// The one output layer: a set of files written into a destination directory. Each file is written to a temporary
/// sibling <c>.adamv-tmp-PID.HOST.N-NAME</c>; <see cref="Commit"/> renames them into place only after every file of the
/// set is complete, so a failure (a full disk, a bad input found late, a signal) leaves no partial set and each file is
/// either the old one or the new one. <see cref="Dispose"/> deletes any temporary not committed, and the directories the
/// set created when they are still empty. Opening a set sweeps temporaries that killed runs on this host left behind
/// (their process is gone and they are over a minute old); a report directory moved aside by a run killed mid-swap is
/// moved back. File names must be single components (<see cref="OutputNames"/>).
/// </summary>
public sealed class OutputSet : IDisposable
{
    private const string Prefix = ".adamv-tmp-";
    private static readonly string Host = ComputeHostTag();
    private static long s_counter;
    private readonly string _option;
    private readonly IReadOnlyList<string> _created;
    private readonly List<(string Temp, string Final)> _pending = [];
    private bool _committed;

    private OutputSet(string directory, string option, IReadOnlyList<string> created)
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
        IReadOnlyList<string> created = CreateDirectories(full, option);
        SweepStale(full);
        return new OutputSet(full, option, created);
    }

    /// <summary>
    /// Writes one file of a single-file output (<c>--json FILE</c>, <c>--out FILE</c>) atomically, or to standard output
    /// for the name <c>-</c> (<see cref="StandardOutput"/>). A destination that is a
    /// symbolic link is resolved (the link is kept and its target replaced); one that resolves to a special file (a FIFO,
    /// a device, <c>/dev/stdout</c>) or a <c>/proc</c> entry is written directly, as a rename would replace it.
    /// </summary>
    public static void WriteFile(string path, string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (StandardOutput.Is(path))
        {
            StandardOutput.Current.Write(text);
            StandardOutput.Current.Flush();
            return;
        }

        string full = OutputDestination.ForFile(path, option);
        InputFiles.RequireNotAnInput(full, option);
        string target = InputFiles.Resolve(full);
        if (FileKind.IsSpecial(target) || target.StartsWith("/dev/", StringComparison.Ordinal) || target.StartsWith("/proc/", StringComparison.Ordinal))
        {
            try
            {
                File.WriteAllText(full, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new IOException($"{option}: cannot write '{full}': {e.Message}", e);
            }

            return;
        }

        using OutputSet set = Open(Path.GetDirectoryName(target) ?? ".", option);
        set.Add(Path.GetFileName(target), text, userNamed: true);
        set.Commit();
    }

    /// <summary>The final path of <paramref name="name"/> in the set's directory.</summary>
    public string PathOf(string name) => Path.Combine(Directory, OutputNames.Component(name, _option));

    /// <summary>
    /// Writes <paramref name="text"/> as <paramref name="name"/> (to its temporary until <see cref="Commit"/>). A name the
    /// user gave (<paramref name="userNamed"/>) is taken as it is; one derived from input must be a plain component.
    /// </summary>
    public void Add(string name, string text, bool userNamed = false) => Add(name, temp => File.WriteAllText(temp, text), userNamed);

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/>, as <see cref="Add(string, string, bool)"/> writes text.</summary>
    public void Add(string name, byte[] bytes, bool userNamed = false) => Add(name, temp => File.WriteAllBytes(temp, bytes), userNamed);

    private void Add(string name, Action<string> write, bool userNamed)
    {
        string final = userNamed ? Path.Combine(Directory, name) : PathOf(name);
        InputFiles.RequireNotAnInput(final, _option);
        string temp = Path.Combine(Directory, TemporaryName(name));
        _pending.Add((temp, final));
        try
        {
            write(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{_option}: cannot write '{final}': {e.Message}", e);
        }
    }

    /// <summary>Renames every written file into place.</summary>
    public void Commit()
    {
        foreach ((_, string final) in _pending)
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

    /// <summary>Deletes the temporaries of an uncommitted set, and the directories it created while they are empty.</summary>
    public void Dispose()
    {
        foreach ((string temp, _) in _pending)
        {
            TryDelete(temp);
        }

        _pending.Clear();
        if (!_committed)
        {
            RemoveCreated(_created);
        }
    }

    /// <summary>
    /// A temporary name for <paramref name="name"/>, unique in this process and tagged with its PID and host; with
    /// <paramref name="reserve"/>, the longest such name (counter at its widest) without using a number up, for length checks.
    /// </summary>
    public static string TemporaryName(string name, bool reserve = false) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Environment.ProcessId}.{Host}.{(reserve ? long.MaxValue : Interlocked.Increment(ref s_counter))}-{name}");

    /// <summary>
    /// Creates <paramref name="directory"/> and its missing ancestors; returns those it created, outermost first
    /// (for <see cref="RemoveCreated"/>).
    /// </summary>
    public static IReadOnlyList<string> CreateDirectories(string directory, string option)
    {
        var missing = new List<string>();
        for (string? d = directory; d is not null && !System.IO.Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Insert(0, d);
        }

        try
        {
            System.IO.Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"{option}: cannot create '{directory}': {e.Message}", e);
        }

        return missing;
    }

    /// <summary>Removes the directories <see cref="CreateDirectories"/> created, innermost first, while they are empty.</summary>
    public static void RemoveCreated(IReadOnlyList<string> created)
    {
        ArgumentNullException.ThrowIfNull(created);
        foreach (string d in created.Reverse())
        {
            try
            {
                System.IO.Directory.Delete(d, recursive: false);
            }
            catch (IOException)
            {
                return;
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Deletes temporaries in <paramref name="directory"/> left by runs on this host whose process is gone and that are
    /// over a minute old; a directory moved aside by a report swap (<c>…-old-NAME</c>) whose NAME is missing is moved back.
    /// </summary>
    public static void SweepStale(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return;
        }

        foreach (string entry in System.IO.Directory.EnumerateFileSystemEntries(directory, Prefix + "*"))
        {
            string name = Path.GetFileName(entry);
            string[] tag = name[Prefix.Length..].Split('-', 2);
            string[] parts = tag[0].Split('.');
            bool stale = tag.Length == 2 && parts.Length == 3 && parts[1] == Host
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && !IsAlive(pid)
                && DateTime.UtcNow - System.IO.Directory.GetLastWriteTimeUtc(entry) > TimeSpan.FromMinutes(1);
            if (!stale)
            {
                continue;
            }

            string original = Path.Combine(directory, tag[1].StartsWith("old-", StringComparison.Ordinal) ? tag[1]["old-".Length..] : string.Empty);
            if (System.IO.Directory.Exists(entry) && tag[1].StartsWith("old-", StringComparison.Ordinal) && !Path.Exists(original))
            {
                System.IO.Directory.Move(entry, original);
            }
            else
            {
                TryDelete(entry);
            }
        }
    }

    /// <summary>The tag of this host in temporary names (8 hex digits of a hash of the machine name).</summary>
    public static string HostTag => Host;

    private static string ComputeHostTag()
    {
        uint hash = 2166136261;
        foreach (char c in Environment.MachineName)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

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
