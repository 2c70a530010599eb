using System.Diagnostics;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Debian's python3 with python3-torch (the `python3` first on PATH may be another interpreter without torch, so the
/// system one is used: /usr/bin/python3, or $ADAMV_TORCH_PYTHON).
/// </summary>
public static class Torch
{
    /// <summary>The interpreter.</summary>
    public static string Python { get; } = Environment.GetEnvironmentVariable("ADAMV_TORCH_PYTHON") is { Length: > 0 } p ? p : "/usr/bin/python3";

    /// <summary>Whether `import torch` works with <see cref="Python"/>.</summary>
    public static bool Available { get; } = Probe();

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

    private static bool Probe()
    {
        try
        {
            return File.Exists(Python) && Run("-c", "import torch").Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
