using System.Diagnostics;
using System.Globalization;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// The live status line of a verify run on a terminal: runs done of all, the claims running now with their progress,
/// the time so far and an estimate of the time left, redrawn in place at most ten times a second below the closing
/// lines. Where stderr is redirected (CI logs, pipes, the tests' writers) it draws nothing and the output is the
/// closing lines alone.
/// </summary>
/// <remarks>
/// The estimate is the time per finished run so far times the runs left, divided by the runs going at once: it assumes
/// the runs left cost what the finished ones did, so it is shown as "about" and only once a run has finished.
/// </remarks>
public sealed class RunStatus
{
    private readonly TextWriter _error;
    private readonly int _total;
    private readonly int _parallel;
    private readonly bool _live;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<string, long> _running = new(StringComparer.Ordinal);
    private int _finished;
    private long _lastDraw = -1000;
    private bool _drawn;

    /// <summary>A status for <paramref name="total"/> runs, <paramref name="parallel"/> at a time, on <paramref name="error"/>.</summary>
    public RunStatus(TextWriter error, int total, int parallel)
    {
        _error = error;
        _total = total;
        _parallel = Math.Max(1, parallel);
        _live = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
    }

    /// <summary>Whether the status line is drawn (stderr is a terminal).</summary>
    public bool Live => _live;

    /// <summary>The status line: "[done/total] running … · elapsed · about T left".</summary>
    public static string Text(int finished, int total, IReadOnlyList<(string Name, long Progress)> running, TimeSpan elapsed, int parallel)
    {
        ArgumentNullException.ThrowIfNull(running);
        string now = running.Count == 0 ? string.Empty
            : " " + string.Join(", ", running.Take(3).Select(r => r.Progress > 0 ? string.Create(CultureInfo.InvariantCulture, $"{r.Name} ({r.Progress})") : r.Name))
              + (running.Count > 3 ? string.Create(CultureInfo.InvariantCulture, $" and {running.Count - 3} more") : string.Empty);
        return string.Create(CultureInfo.InvariantCulture, $"  [{finished}/{total}]{now} · {Seconds(elapsed)} · {Left(finished, total, elapsed, parallel)}");
    }

    /// <summary>"about T left" from the time per finished run; "estimating" before any has finished; "finishing" at the end.</summary>
    public static string Left(int finished, int total, TimeSpan elapsed, int parallel)
    {
        if (finished >= total)
        {
            return "finishing";
        }

        if (finished == 0)
        {
            return "time left: estimating";
        }

        // Runs go `parallel` at a time, so the finished ones took elapsed × parallel run-seconds in all.
        double perRun = elapsed.TotalSeconds * Math.Max(1, parallel) / finished;
        double left = perRun * (total - finished) / Math.Max(1, parallel);
        return "about " + Seconds(TimeSpan.FromSeconds(left)) + " left";
    }

    /// <summary>A run has started.</summary>
    public void Started(string name)
    {
        lock (_running)
        {
            _running[name] = 0;
            Draw(force: true);
        }
    }

    /// <summary>A running run reports its progress (cases or samples so far).</summary>
    public void Progress(string name, long progress)
    {
        lock (_running)
        {
            _running[name] = progress;
            Draw(force: false);
        }
    }

    /// <summary>
    /// A run has finished: <paramref name="closing"/> writes its closing line, above the status line, which is then drawn again.
    /// </summary>
    public void Finished(string name, Action closing)
    {
        ArgumentNullException.ThrowIfNull(closing);
        lock (_running)
        {
            _running.Remove(name);
            _finished++;
            Clear();
            closing();
            Draw(force: true);
        }
    }

    /// <summary>Removes the status line (before the verdict table).</summary>
    public void Close()
    {
        lock (_running)
        {
            Clear();
        }
    }

    private void Clear()
    {
        if (_live && _drawn)
        {
            _error.Write("\r\u001b[2K");
            _drawn = false;
        }
    }

    private void Draw(bool force)
    {
        if (!_live || (!force && _clock.ElapsedMilliseconds - _lastDraw < 100) || _finished >= _total)
        {
            return;
        }

        _lastDraw = _clock.ElapsedMilliseconds;
        string line = Text(_finished, _total, [.. _running.Select(r => (r.Key, r.Value))], _clock.Elapsed, _parallel);
        int width = Math.Max(20, Columns() - 1);
        _error.Write("\r\u001b[2K" + (line.Length > width ? line[..(width - 1)] + "…" : line));
        _drawn = true;
    }

    /// <summary>The terminal's width; where it reports none (a pseudo-terminal without a size), COLUMNS or 80.</summary>
    private static int Columns()
    {
        int width;
        try
        {
            width = Console.WindowWidth;
        }
        catch (IOException)
        {
            width = 0;
        }

        return width > 0 ? width
            : int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns > 0 ? columns : 80;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds < 100
        ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:F1} s")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} min {t.Seconds:D2} s");
}
