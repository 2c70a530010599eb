using System.Runtime.InteropServices;

namespace Adam.Verification.Cli.Output;

/// <summary>
/// Ends the process at once with an exit code, without running exit-time handlers: after a signal, other threads may
/// still be inside native code (OpenBLAS's GEMM in a network claim), and the C library's exit handlers would free what
/// those threads are using (measured: SIGINT during a network claim ended with SIGSEGV, exit 139, instead of 130).
/// Callers flush their output first. Off Unix it falls back to <see cref="Environment.Exit(int)"/>.
/// </summary>
internal static partial class ImmediateExit
{
    /// <summary>Flushes the console and terminates with <paramref name="code"/>.</summary>
    public static void Now(int code)
    {
        Console.Out.Flush();
        Console.Error.Flush();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
        {
            try
            {
                Exit(code);
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An unusual C library: fall back to the runtime's exit below.
            }
        }

        Environment.Exit(code);
    }

    [LibraryImport("libc", EntryPoint = "_exit")]
    private static partial void Exit(int code);
}
