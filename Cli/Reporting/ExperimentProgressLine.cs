using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Empirical.Experiments;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// Progress of a long experiment on stderr with an estimate of the time left (epochs left × the mean time per epoch
/// so far): redrawn in place on a terminal, and one line per arm (or every 30 s) when stderr is redirected.
/// </summary>
public sealed class ExperimentProgressLine : IProgress<ExperimentProgress>
{
    private readonly TextWriter _error;
    private readonly bool _interactive;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _trainingStarted = TimeSpan.Zero;
    private int _doneAtStart = -1;
    private string _stage = string.Empty;
    private long _lastDraw = -100_000;

    /// <summary>Writes to <paramref name="error"/>.</summary>
    public ExperimentProgressLine(TextWriter error)
    {
        _error = error;
        _interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
    }

    /// <inheritdoc/>
    public void Report(ExperimentProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Total == 0)
        {
            _error.WriteLine($"  {value.Stage} …");
            _doneAtStart = -1;
            return;
        }

        if (_doneAtStart < 0)
        {
            _doneAtStart = value.Done;
            _trainingStarted = _clock.Elapsed;
        }

        bool newStage = value.Stage != _stage;
        _stage = value.Stage;
        long now = _clock.ElapsedMilliseconds;
        if (!(newStage || (_interactive ? now - _lastDraw >= 200 : now - _lastDraw >= 30_000)))
        {
            return;
        }

        _lastDraw = now;
        int done = value.Done - _doneAtStart;
        double perEpoch = done > 0 ? (_clock.Elapsed - _trainingStarted).TotalSeconds / done : double.NaN;
        string left = double.IsFinite(perEpoch) ? Format(TimeSpan.FromSeconds(perEpoch * (value.Total - value.Done))) : "…";
        string line = string.Create(CultureInfo.InvariantCulture, $"  {value.Stage}: epoch {value.Done}/{value.Total}, {Format(_clock.Elapsed)} elapsed, about {left} left");
        _error.Write(_interactive ? $"\r{line}      " : line + Environment.NewLine);
    }

    /// <summary>Ends an in-place line.</summary>
    public void Finish()
    {
        if (_interactive)
        {
            _error.WriteLine();
        }
    }

    private static string Format(TimeSpan t) => t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes} min {t.Seconds} s" : $"{t.TotalSeconds:F0} s";
}
