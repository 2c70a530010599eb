using System.Diagnostics;
using System.Text.Json.Nodes;
using Adam.Verification.Cli.Output;

namespace Adam.Verification.Properties.Cli;

/// <summary>SIGINT and SIGTERM during verify: one line, the finished claims' table and JSON (marked incomplete), exit 130/143; stale temporaries are swept.</summary>
public sealed class InterruptTests
{
    [Theory]
    [InlineData("INT", InterruptGuard.InterruptedExitCode, "SIGINT")]
    [InlineData("TERM", InterruptGuard.TerminatedExitCode, "SIGTERM")]
    public async Task A_signal_during_verify_writes_the_finished_claims_and_exits_with_128_plus_the_signal(string signal, int expected, string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-signal-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string json = Path.Combine(dir, "partial.json");
        string adamv = Path.Combine(AppContext.BaseDirectory, "adamv.dll");
        using Process p = Process.Start(new ProcessStartInfo("dotnet", [adamv, "verify", "--budget", "quick", "--json", json]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        Task<string> output = p.StandardOutput.ReadToEndAsync();
        Task<string> error = p.StandardError.ReadToEndAsync();
        await Task.Delay(6_000);
        using (Process kill = Process.Start("kill", [$"-{signal}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            kill.WaitForExit();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(timeout.Token);
        string stdout = await output;
        string stderr = await error;
        Assert.Equal(expected, p.ExitCode);
        Assert.Contains($"adamv: {name}: stopped after ", stderr, StringComparison.Ordinal);
        JsonArray entries = JsonNode.Parse(File.ReadAllText(json))!.AsArray();
        Assert.All(entries, e => Assert.True(e!["incomplete"]!.GetValue<bool>()));
        Assert.Contains($"(incomplete: {entries.Count} of ", stdout, StringComparison.Ordinal);
        Assert.Equal(["partial.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Temporaries_of_killed_runs_are_swept_and_those_of_live_ones_kept()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-stale-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string dead = Path.Combine(dir, ".adamv-tmp-2147483646-0-report.json");
        string live = Path.Combine(dir, $".adamv-tmp-{Environment.ProcessId}-0-other.json");
        File.WriteAllText(dead, "half");
        File.WriteAllText(live, "in progress");
        Directory.CreateDirectory(Path.Combine(dir, ".adamv-tmp-2147483646-new-report"));
        Assert.Equal(0, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--json", Path.Combine(dir, "report.json")).Code);
        Assert.False(File.Exists(dead));
        Assert.False(Directory.Exists(Path.Combine(dir, ".adamv-tmp-2147483646-new-report")));
        Assert.True(File.Exists(live));
        Directory.Delete(dir, recursive: true);
    }
}
