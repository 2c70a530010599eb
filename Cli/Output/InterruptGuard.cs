using System.Runtime.InteropServices;

namespace Adam.Verification.Cli.Output;

/// <summary>
/// Turns SIGINT and SIGTERM during a long command into an orderly stop: the handler runs <c>onSignal</c> (which prints
/// one line and writes what is finished) and exits with 128 + the signal number (130 for SIGINT, 143 for SIGTERM).
/// </summary>
public sealed class InterruptGuard : IDisposable
{
    /// <summary>The exit code after SIGINT.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>The exit code after SIGTERM.</summary>
    public const int TerminatedExitCode = 143;

    private readonly PosixSignalRegistration[] _registrations;

    /// <summary>Registers the handler; <paramref name="onSignal"/> receives the signal's name.</summary>
    public InterruptGuard(Action<string> onSignal)
    {
        ArgumentNullException.ThrowIfNull(onSignal);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, onSignal, "SIGINT", InterruptedExitCode)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, onSignal, "SIGTERM", TerminatedExitCode)),
        ];
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (PosixSignalRegistration r in _registrations)
        {
            r.Dispose();
        }
    }

    private static void Stop(PosixSignalContext context, Action<string> onSignal, string name, int code)
    {
        context.Cancel = true;
        onSignal(name);
        Environment.Exit(code);
    }
}
