using System.Runtime.InteropServices;

namespace Adam.Verification.Torch.Native;

/// <summary>
/// Makes TorchSharp's native bridge load on systems whose libstdc++ predates it. TorchSharp 0.107's
/// <c>libLibTorchSharp.so</c> was linked by GCC 13, whose <c>&lt;iostream&gt;</c> names
/// <c>std::ios_base_library_init()</c> solely to require <c>GLIBCXX_3.4.32</c>; Debian 12's libstdc++ stops at
/// 3.4.30, so the dynamic linker refuses the file although nothing in it calls that function. When — and only when —
/// the libstdc++ this process loaded lacks a version the bridge requires, and no symbol bound to that version is
/// relocated (<see cref="WeakeningPlan"/>), the application's own copy of the bridge is rewritten with that requirement
/// marked weak (<c>VER_FLG_WEAK</c>), atomically (a temporary file in the same folder, then a rename). Nothing is
/// patched on a system whose libstdc++ defines every version, a copy already patched is left alone, and a file under
/// the NuGet package cache is never modified (TorchSharp is then refused with the reason).
/// </summary>
public static class NativeFix
{
    private const string Bridge = "libLibTorchSharp.so";
    private const string StdCxx = "libstdc++.so.6";
    private static readonly Lock Gate = new();
    private static NativeFixOutcome? _done;

    /// <summary>Checks (and if needed patches) the application's bridge; idempotent and thread-safe.</summary>
    /// <exception cref="NotSupportedException">A required version is missing and a symbol bound to it is relocated, or the bridge lies in the NuGet cache.</exception>
    public static NativeFixOutcome Prepare()
    {
        lock (Gate)
        {
            return _done ??= PrepareOnce(AppContext.BaseDirectory);
        }
    }

    /// <summary>The application's copy of the bridge under <paramref name="baseDirectory"/>, or null.</summary>
    public static string? FindBridge(string baseDirectory) =>
        new[] { Path.Combine(baseDirectory, "runtimes", "linux-x64", "native", Bridge), Path.Combine(baseDirectory, Bridge) }.FirstOrDefault(File.Exists);

    /// <summary>The path of the libstdc++ this process has loaded (loading it by name if needed), or null.</summary>
    public static string? LoadedStdCxx()
    {
        if (!NativeLibrary.TryLoad(StdCxx, out _))
        {
            return null;
        }

        return File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is int at and >= 0 ? line[at..] : null)
            .FirstOrDefault(path => path is not null && Path.GetFileName(path).StartsWith("libstdc++.so", StringComparison.Ordinal));
    }

    /// <summary>
    /// Applies <paramref name="plan"/> to <paramref name="bridge"/> in place, atomically, unless the file lies under
    /// <paramref name="packageCache"/>; returns the versions weakened.
    /// </summary>
    public static IReadOnlyList<string> Apply(string bridge, ElfImage image, WeakeningPlan plan, string packageCache)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Blocking.Count > 0)
        {
            throw new NotSupportedException($"{bridge}: needs {string.Join("; ", plan.Blocking)} from {StdCxx}, which this system's does not define and which the library calls: install a newer libstdc++ (GCC 13 or later).");
        }

        if (plan.Weaken.Count == 0)
        {
            return [];
        }

        string full = Path.GetFullPath(bridge);
        if (full.StartsWith(Path.GetFullPath(packageCache).TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"{full}: lies in the NuGet package cache, which is never modified; it needs {string.Join(", ", plan.Weaken.Select(w => w.Version))} from {StdCxx}, which this system's lacks. Run from a built application (dotnet build copies the library beside it), or install adamv with dotnet tool install --tool-path DIR or --global rather than as a local tool.");
        }

        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Bridge}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, image.WithWeakened(plan.Weaken));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        return [.. plan.Weaken.Select(w => w.Version)];
    }

    /// <summary>The NuGet global packages folder (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>).</summary>
    public static string PackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set ? set : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static NativeFixOutcome PrepareOnce(string baseDirectory)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64 || FindBridge(baseDirectory) is not { } bridge)
        {
            return new NativeFixOutcome(null, null, []);
        }

        string? stdcxx = LoadedStdCxx();
        if (stdcxx is null)
        {
            return new NativeFixOutcome(bridge, null, []);
        }

        ElfImage image = ElfImage.Read(bridge);
        WeakeningPlan plan = WeakeningPlan.For(image, StdCxx, ElfImage.Read(stdcxx).Definitions());
        return new NativeFixOutcome(bridge, stdcxx, Apply(bridge, image, plan, PackageCache()));
    }
}
