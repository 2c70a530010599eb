using System.Diagnostics;
using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// Every writer on a full disk (a 64 KiB tmpfs filled to the last block): exit 2 with one line naming the option, the
/// previous output intact, and no temporary left behind.
/// </summary>
public sealed class FullDiskTests
{
    [MountFact]
    public void Every_writer_fails_cleanly_on_a_full_disk_and_keeps_the_previous_output()
    {
        string work = Path.Combine(Path.GetTempPath(), $"adamv-full-{Guid.NewGuid():N}");
        string disk = Path.Combine(work, "disk");
        Directory.CreateDirectory(disk);
        Sh($"mount -t tmpfs -o size=64k tmpfs '{disk}'");
        try
        {
            string report = Path.Combine(work, "report.json");
            Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--json", report).Code);
            string trace = Path.Combine(work, "experiment.json");
            File.WriteAllText(trace, BadInputCatalogueTests.GoodExperimentTrace);
            string recorded = BadInputCatalogueTests.Trace(work, _ => { });
            string previous = Path.Combine(disk, "previous.json");
            File.WriteAllText(previous, "the previous output");

            // Fill the disk to its last byte.
            using (var filler = new FileStream(Path.Combine(disk, "filler"), FileMode.Create))
            {
                var block = new byte[4096];
                try
                {
                    while (true)
                    {
                        filler.Write(block);
                        filler.Flush();
                    }
                }
                catch (IOException)
                {
                }
            }

            string[][] writers =
            [
                ["verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--json", previous],
                ["verify", "--budget", "quick", "--claims", "sign-ratio-unbounded-without-hypothesis", "--report", Path.Combine(disk, "report")],
                ["merge", "--out", Path.Combine(disk, "merged"), report],
                ["phase", "--problem", "zhang", "--n", "10", "--grid", "4x4", "--out", Path.Combine(disk, "phase")],
                ["search", "--claim", "sign-ratio-bound", "--evaluations", "200", "--counterexample-out", previous],
                ["fingerprint", "--battery-out", previous],
                ["lipschitz", "--family", "F2", "--samples", "100", "--csv", previous],
                ["experiment", "rho", "--spec-out", previous],
                ["experiment", "--from-trace", trace, "--out", Path.Combine(disk, "experiment")],
                ["experiment", "--from-trace", trace, "--out", disk],
                ["conform", "--trace", recorded, "--variant", "kingma-ba", "--csv", previous],
                ["rate", "--family", "F2", "--horizons", "20,40", "--replicates", "2", "--csv", previous],
                ["phase", "--problem", "zhang", "--n", "10", "--grid", "4x4", "--shard", "1/2", "--out", Path.Combine(disk, "shards")],
                ["verify", "--budget", "quick", "--claims", "reddi-period3", "--seeds", "2", "--json", previous],
            ];
            foreach (string[] args in writers)
            {
                (int code, string output, string error) = Adamv.Run(args);
                string what = string.Join(' ', args.Take(2));
                Assert.True(code == ExitCodes.BadArguments, $"{what}: exit {code}; {error}{output}");
                Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
                Assert.Equal("the previous output", File.ReadAllText(previous));
                string[] left = [.. Directory.EnumerateFileSystemEntries(disk).Select(Path.GetFileName).Where(n => n is not ("filler" or "previous.json"))!];
                Assert.True(left.Length == 0, $"{what} left {string.Join(", ", left)}");
            }
        }
        finally
        {
            // Cleanup must not mask the assertion that failed: a lazy unmount, errors ignored.
            using (Process? umount = Process.Start("/bin/sh", ["-c", $"umount -l '{disk}'"]))
            {
                umount?.WaitForExit();
            }

            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Sh(string command)
    {
        using Process p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", command]) { RedirectStandardError = true })!;
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{command}: {error}");
    }
}
