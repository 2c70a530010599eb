using System.Diagnostics;

namespace Adam.Verification.Empirical.Bridge;

/// <summary>
/// The Python interpreter that sees PyTorch: Debian's <c>/usr/bin/python3</c> with <c>python3-torch</c> (the
/// <c>python3</c> first on PATH may be another interpreter without torch), or <c>$ADAMV_TORCH_PYTHON</c>. The repo's
/// Python tools are copied next to the assemblies (<c>tools/</c>) so the CLI finds them from any working directory.
/// </summary>
public static class TorchPython
{
    private static readonly Lazy<string?> Missing = new(Probe);
    private static readonly Lazy<string?> NoCuda = new(ProbeCuda);

    /// <summary>The interpreter's path.</summary>
    public static string Python { get; } = Environment.GetEnvironmentVariable("ADAMV_TORCH_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";

    /// <summary>Whether <c>import torch</c> works; otherwise <paramref name="reason"/> says why.</summary>
    public static bool IsAvailable(out string reason)
    {
        reason = Missing.Value ?? string.Empty;
        return Missing.Value is null;
    }

    /// <summary>Whether PyTorch sees a CUDA device; otherwise <paramref name="reason"/> says why.</summary>
    public static bool CudaAvailable(out string reason)
    {
        reason = NoCuda.Value ?? string.Empty;
        return NoCuda.Value is null;
    }

    /// <summary>The path of a script shipped in tools/ (next to the assemblies, else the repository's tools/).</summary>
    public static string Script(string name)
    {
        string local = Path.Combine(AppContext.BaseDirectory, "tools", name);
        if (File.Exists(local))
        {
            return local;
        }

        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tools", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"tools/{name} was not found next to the assemblies or in a parent folder.");
    }

    /// <summary>
    /// Runs a script with arguments; returns stdout, or throws with the script's last stderr line on failure. With
    /// <paramref name="singleThreaded"/>, OpenBLAS and OpenMP are held to one thread as well (torch.set_num_threads(1)
    /// does not reach OpenBLAS's own thread pool). The script's OpenBLAS gets this process's kernel family
    /// (<c>OPENBLAS_CORETYPE</c>, unless the caller's environment sets it).
    /// </summary>
    public static string Run(string script, IEnumerable<string> arguments, TimeSpan timeout, bool singleThreaded = false)
    {
        var info = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        ConfigureNativeLibraries(info, singleThreaded);

        info.ArgumentList.Add(Script(script));
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {Python}.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within {timeout.TotalSeconds:F0} s.");
        }

        if (process.ExitCode != 0)
        {
            string last = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}: {last}");
        }

        return stdout.Result;
    }

    private static string? ProbeCuda()
    {
        if (!IsAvailable(out string reason))
        {
            return reason;
        }

        var info = new ProcessStartInfo(Python, ["-c", "import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)"]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using Process process = Process.Start(info)!;
        process.WaitForExit(120_000);
        return process.ExitCode == 0 ? null : "PyTorch sees no CUDA device (torch.cuda.is_available() is false)";
    }

    private static string? Probe()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} does not exist (install Debian's python3-torch, or set ADAMV_TORCH_PYTHON)";
        }

        try
        {
            var info = new ProcessStartInfo(Python, ["-c", "import torch"]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            using Process process = Process.Start(info)!;
            process.WaitForExit(60_000);
            return process.ExitCode == 0 ? null : $"{Python} cannot import torch (install Debian's python3-torch)";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"{Python} could not be started: {e.Message}";
        }
    }

    /// <summary>
    /// The native-library environment of a Python child: with <paramref name="singleThreaded"/>, OpenBLAS, OpenMP and
    /// MKL at one thread; and this process's OpenBLAS kernel family (<c>OPENBLAS_CORETYPE</c>, unless the environment
    /// sets it already), since Debian's torch multiplies through the same OpenBLAS and a comparison must not put C# on
    /// AVX-512 kernels against PyTorch on generic ones (or the reverse).
    /// </summary>
    public static void ConfigureNativeLibraries(ProcessStartInfo info, bool singleThreaded)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (singleThreaded)
        {
            foreach (string variable in new[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS" })
            {
                info.Environment[variable] = "1";
            }
        }

        if (Engine.Blas.OpenBlasNative.Choice.Core is { } core && !info.Environment.ContainsKey("OPENBLAS_CORETYPE"))
        {
            info.Environment["OPENBLAS_CORETYPE"] = core;
        }
    }
}
