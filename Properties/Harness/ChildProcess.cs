using System.Diagnostics;

namespace Adam.Verification.Properties.Harness;

/// <summary>Runs a program to completion for a test: exit code, stdout and stderr, with a time limit that fails the test.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> (null: the
    /// current one), with <paramref name="environment"/> set (a null value removes the variable); fails the test when it
    /// runs past <paramref name="timeout"/>.
    /// </summary>
    public static (int Code, string Out, string Err) Run(string file, IEnumerable<string> arguments, string? workingDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync(), error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalMinutes:F0} minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
