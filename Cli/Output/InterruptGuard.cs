using System.Runtime.InteropServices;

namespace Adam.Verification.Cli.Output;

/// <summary>
/// Turns SIGINT and SIGTERM during a long command into an orderly stop. The first signal takes <see cref="Gate"/>, runs
/// <c>onSignal</c> (which prints one line and writes what is finished) and exits at once (<see cref="ImmediateExit"/>:
/// no exit-time handlers while other threads may be in native code) with 128 + the signal number (130 for SIGINT, 143
/// for SIGTERM); later signals are absorbed while it works. The command takes the same gate around every change to
/// what the handler reads and around its own final writes, and calls <see cref="Complete"/> inside it once those are
/// done, so that the handler and the command never write the same output.
/// </summary>
public sealed class InterruptGuard : IDisposable
{
    /// <summary>The exit code after SIGINT.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>The exit code after SIGTERM.</summary>
    public const int TerminatedExitCode = 143;

    private readonly PosixSignalRegistration[] _registrations;
    private readonly TextWriter _error;
    private readonly ExecutionContext? _context;
    private int _fired;
    private bool _completed;

    /// <summary>Registers the handler; <paramref name="onSignal"/> receives the signal's name; failures are reported on <paramref name="error"/>.</summary>
    public InterruptGuard(Action<string> onSignal, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(onSignal);
        ArgumentNullException.ThrowIfNull(error);
        _error = error;

        // The signal arrives on a thread of its own; the handler runs in the command's context, so that what the command
        // set for its duration (the claims loaded by --claims-from) holds there too.
        _context = ExecutionContext.Capture();
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, onSignal, "SIGINT", InterruptedExitCode)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, onSignal, "SIGTERM", TerminatedExitCode)),
        ];
    }

    /// <summary>The lock shared by the handler and the command.</summary>
    public object Gate { get; } = new();

    /// <summary>Marks the command's outputs complete (call while holding <see cref="Gate"/>): a signal after this writes nothing.</summary>
    public void Complete() => _completed = true;

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (PosixSignalRegistration r in _registrations)
        {
            r.Dispose();
        }
    }

    private void Stop(PosixSignalContext signal, Action<string> onSignal, string name, int code)
    {
        signal.Cancel = true;
        if (Interlocked.Exchange(ref _fired, 1) == 1)
        {
            return;
        }

        lock (Gate)
        {
            try
            {
                if (!_completed)
                {
                    if (_context is { } context)
                    {
                        ExecutionContext.Run(context, _ => onSignal(name), null);
                    }
                    else
                    {
                        onSignal(name);
                    }
                }
            }
#pragma warning disable CA1031 // Whatever went wrong, the signal still ends the process with its code.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _error.WriteLine($"adamv: {name}: the finished claims could not be written: {AdamvApp.OneLine(e.Message)}");
                _error.Flush();
            }
            finally
            {
                ImmediateExit.Now(code);
            }
        }
    }
}
