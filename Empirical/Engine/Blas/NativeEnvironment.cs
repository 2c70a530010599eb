using System.Runtime.InteropServices;

namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>
/// The C library's environment, which native libraries read with <c>getenv</c> when they load.
/// <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only the runtime's own copy on Unix, so a
/// variable meant for a native library (OpenBLAS's <c>OPENBLAS_CORETYPE</c>) is set here, before that library loads.
/// </summary>
internal static partial class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> in the C environment unless it is already set there; false off Unix or on failure.</summary>
    public static bool SetIfUnset(string name, string value) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) && SetEnv(name, value, 0) == 0;

    /// <summary>The C environment's value of <paramref name="name"/>, or null.</summary>
    public static string? Get(string name) =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? Marshal.PtrToStringUTF8(GetEnv(name)) : Environment.GetEnvironmentVariable(name);

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
