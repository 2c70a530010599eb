using System.Diagnostics;
using Adam.Verification.Empirical.Bridge;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Debian's python3 with python3-torch (the `python3` first on PATH may be another interpreter without torch, so the
/// system one is used: /usr/bin/python3, or $ADAMV_TORCH_PYTHON).
/// </summary>
public static class PythonTorch
{
    /// <summary>The interpreter.</summary>
    public static string Python => TorchPython.Python;

    /// <summary>Whether `import torch` works with <see cref="Python"/>.</summary>
    public static bool Available { get; } = TorchPython.IsAvailable(out _);

    /// <summary>Runs the interpreter; returns (exit code, stderr).</summary>
    public static (int Code, string Error) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Python) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
