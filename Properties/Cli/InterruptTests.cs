using System.Diagnostics;
using System.Text.Json.Nodes;
using Adam.Verification.Cli.Output;

namespace Adam.Verification.Properties.Cli;

/// <summary>SIGINT and SIGTERM during verify: one line, the finished claims' table and JSON (marked incomplete), exit 130/143; stale temporaries are swept.</summary>
public sealed class InterruptTests
{
    [Theory]
    [InlineData("INT", InterruptGuard.InterruptedExitCode, "SIGINT", false)]
    [InlineData("TERM", InterruptGuard.TerminatedExitCode, "SIGTERM", false)]
    [InlineData("INT", InterruptGuard.InterruptedExitCode, "SIGINT", true)]
    public async Task A_signal_during_verify_writes_the_finished_claims_and_exits_with_128_plus_the_signal(string signal, int expected, string name, bool jsonOnStdout)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-signal-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        string json = Path.Combine(dir, "partial.json");
        string adamv = Path.Combine(AppContext.BaseDirectory, "adamv.dll");
        using var p = new Process { StartInfo = new ProcessStartInfo("env", ["--default-signal=INT", "dotnet", adamv, "verify", "--budget", "standard", "--jobs", "1", "--json", jsonOnStdout ? "-" : json]) { RedirectStandardOutput = true, RedirectStandardError = true } };
        // env restores SIGINT's default disposition before it execs dotnet: a test host started in the background of a
        // non-interactive shell (nohup, `&`) passes SIGINT on as ignored, and the runtime keeps an inherited ignore.
        var stdoutText = new System.Text.StringBuilder();
        var stderrText = new System.Text.StringBuilder();
        var finished = new TaskCompletionSource();
        p.OutputDataReceived += (_, e) => { lock (stdoutText) { stdoutText.AppendLine(e.Data); } };
        p.ErrorDataReceived += (_, e) =>
        {
            lock (stderrText)
            {
                stderrText.AppendLine(e.Data);
            }

            if (e.Data?.Contains("(ok) after", StringComparison.Ordinal) == true)
            {
                finished.TrySetResult();
            }
        };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();

        // Signal once a claim has finished, so that the JSON has something to hold. One job runs the claims in catalogue
        // order, so the first (sign-ratio-bound) finishes within seconds, while the whole standard run takes about two
        // minutes: the signal lands mid-run even when a busy test host reads the child's stderr seconds late.
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.False(p.HasExited, "verify finished before the signal could be sent; the test cannot interrupt it");
        using (Process kill = Process.Start("kill", [$"-{signal}", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await p.WaitForExitAsync(timeout.Token);
        string stdout, stderr;
        lock (stdoutText)
        {
            stdout = stdoutText.ToString();
        }

        lock (stderrText)
        {
            stderr = stderrText.ToString();
        }

        Assert.Equal(expected, p.ExitCode);
        string[] lines = stderr.TrimEnd().Split('\n');
        Assert.StartsWith($"adamv: {name}: stopped after ", Assert.Single(lines, l => l.StartsWith("adamv:", StringComparison.Ordinal)), StringComparison.Ordinal);
        if (!jsonOnStdout)
        {
            Assert.DoesNotContain(lines, l => l.Trim().Length == 0); // progress lines only: the table went to stdout
        }
        // With --json -, stdout holds the JSON alone (the table went to stderr) and no file is written.
        JsonArray entries = JsonNode.Parse(jsonOnStdout ? stdout : File.ReadAllText(json))!.AsArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e!["incomplete"]!.GetValue<bool>()));
        if (jsonOnStdout)
        {
            Assert.Empty(Directory.GetFiles(dir));
        }
        else
        {
            Assert.Contains($"(incomplete: {entries.Count} of ", stdout, StringComparison.Ordinal);
            Assert.Equal(["partial.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
        }
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Temporaries_of_killed_runs_are_swept_and_those_of_live_ones_and_other_hosts_kept()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-stale-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        using Process sleeper = Process.Start("sleep", ["60"])!;
        string Name(int pid, string host, string rest) => Path.Combine(dir, $".adamv-tmp-{pid}.{host}.1-{rest}");
        string dead = Name(2147483646, OutputSet.HostTag, "report.json");
        string live = Name(sleeper.Id, OutputSet.HostTag, "other.json");
        string elsewhere = Name(2147483646, "0badc0de", "shard.json");
        string young = Name(2147483645, OutputSet.HostTag, "young.json");
        string deadDirectory = Name(2147483646, OutputSet.HostTag, "new-report");
        string aside = Name(2147483646, OutputSet.HostTag, "old-previous");
        foreach (string f in new[] { dead, live, elsewhere, young })
        {
            File.WriteAllText(f, "half");
        }

        Directory.CreateDirectory(deadDirectory);
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "the previous report");
        DateTime old = DateTime.UtcNow.AddMinutes(-5);
        foreach (string f in new[] { dead, live, elsewhere, deadDirectory, aside })
        {
            Directory.SetLastWriteTimeUtc(f, old);
        }

        Assert.Equal(0, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--json", Path.Combine(dir, "report.json")).Code);
        sleeper.Kill();
        Assert.False(File.Exists(dead));
        Assert.False(Directory.Exists(deadDirectory));
        Assert.True(File.Exists(live), "the temporary of a live process was swept");
        Assert.True(File.Exists(elsewhere), "the temporary of another host was swept");
        Assert.True(File.Exists(young), "a temporary under a minute old was swept");
        Assert.Equal("the previous report", File.ReadAllText(Path.Combine(dir, "previous", "index.html")));
        Directory.Delete(dir, recursive: true);
    }
}
