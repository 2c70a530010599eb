using System.Diagnostics;
using Adam.Verification.Cli.Output;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// A one-line progress display on stderr: redrawn in place on a terminal at most ten times a second, and a single
/// closing line per claim when stderr is redirected (CI logs stay short). On a terminal the closing line's verdict is
/// coloured (<see cref="Terminal"/>): green as expected, bold red not, yellow inconclusive.
/// </summary>
public sealed class ProgressLine : IProgress<int>, IDisposable
{
    private readonly TextWriter _error;
    private readonly string _label;
    private readonly bool _interactive;
    private readonly Terminal? _terminal;
    private readonly RunStatus? _status;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;

    /// <summary>
    /// Starts the display for claim <paramref name="label"/>; <paramref name="live"/> false (claims running side by
    /// side) keeps to the closing line, which is written whole. With a live <paramref name="status"/>, the run's status
    /// line shows the progress instead and the closing line is written above it.
    /// </summary>
    public ProgressLine(TextWriter error, string label, bool live = true, RunStatus? status = null)
    {
        _error = error;
        _label = label;
        _status = status is { Live: true } ? status : null;
        _interactive = _status is null && live && ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        _terminal = Terminal.For(error);
        _status?.Started(label);
    }

    /// <inheritdoc/>
    public void Report(int value)
    {
        _status?.Progress(_label, value);
        if (_interactive && _clock.ElapsedMilliseconds - _lastDraw >= 100)
        {
            _lastDraw = _clock.ElapsedMilliseconds;
            _error.Write($"\r  {_label}: {value} cases, {_clock.Elapsed.TotalSeconds:F1} s   ");
        }
    }

    /// <summary>
    /// Prints the claim's closing line; with <paramref name="finished"/> of <paramref name="total"/> it starts with
    /// "[finished/total]", the number of claims done so far in this run (in completion order when claims run side by side).
    /// </summary>
    public void Finish(ClaimResult result, int finished = 0, int total = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        string mark = result.AsExpected ? "ok" : "UNEXPECTED";
        string count = total > 0 ? $"[{finished}/{total}] " : string.Empty;
        string before = $"  {count}{_label}: ", after = $" ({mark}) after {result.Cases} cases, {result.Seconds:F1} s";
        if (_status is { } status)
        {
            status.Finished(_label, () => Write(before, after, result));
            return;
        }

        lock (_error)
        {
            Write(before, after, result);
        }
    }

    private void Write(string before, string after, ClaimResult result)
    {
        {
            if (_terminal is { } terminal)
            {
                terminal.Line(before, result.QualifiedVerdict, after, result.AsExpected && result.Verdict != Verdict.Inconclusive, !result.AsExpected && result.Verdict != Verdict.Inconclusive);
            }
            else
            {
                string line = before + result.QualifiedVerdict + after;
                _error.WriteLine(_interactive ? $"\r{line}            " : line);
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _clock.Stop();
}
