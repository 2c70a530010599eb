using Adam.Verification.Properties.Harness;
using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// verify --jobs: claims run side by side give the serial run's report byte for byte, and the serial run's stability
/// table with --seeds.
/// </summary>
public sealed class ParallelVerifyTests : IDisposable
{
    private const string Subset = "sign-ratio-bound-tight,sign-ratio-unbounded-without-hypothesis,reddi-period3,summable-steps-stall";
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-jobs-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Parallel_claims_write_the_serial_report()
    {
        string serial = Path.Combine(_dir, "serial"), parallel = Path.Combine(_dir, "parallel");
        (int a, string aText, string aError) = Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--jobs", "1", "--report", serial);
        (int b, string bText, string bError) = Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--jobs", "3", "--report", parallel);
        Assert.True(a == ExitCodes.Success, aText + aError);
        Assert.True(b == ExitCodes.Success, bText + bError);
        Assert.Equal(ReportPages.Comparable(Path.Combine(serial, "index.html")), ReportPages.Comparable(Path.Combine(parallel, "index.html")));
        Assert.Equal(ReportPages.Comparable(Path.Combine(serial, "report.md")), ReportPages.Comparable(Path.Combine(parallel, "report.md")));
        Assert.Equal(Rows(aText), Rows(bText));
        Assert.Equal(Subset.Split(',').Length, bError.Split('\n').Count(l => l.Contains("(ok) after", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parallel_seed_sweeps_print_the_serial_stability_table()
    {
        (int a, string aText, string aError) = Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--seeds", "3", "--seed", "5", "--jobs", "1");
        (int b, string bText, string bError) = Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--seeds", "3", "--seed", "5", "--jobs", "4");
        Assert.True(a == ExitCodes.Success, aText + aError);
        Assert.True(b == ExitCodes.Success, bText + bError);
        // Equal but for the timings (every decimal number is masked; verdict counts and seeds are whole).
        Assert.Equal(System.Text.RegularExpressions.Regex.Replace(aText, @"\d+\.\d+", "#"), System.Text.RegularExpressions.Regex.Replace(bText, @"\d+\.\d+", "#"));
        Assert.Equal(["seed 1 of 3", "seed 2 of 3", "seed 3 of 3"], bError.Split('\n').Where(l => l.Contains(" of 3 (", StringComparison.Ordinal)).Select(l => l.Trim()[..11]));
    }

    [Fact]
    public void Jobs_out_of_range_exit_2()
    {
        (int code, _, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "reddi-period3", "--jobs", "0");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("--jobs must be from 1 to 1024", error, StringComparison.Ordinal);
    }

    /// <summary>The verdict table without its seconds column (and without the line naming the report's folder).</summary>
    private static string[] Rows(string text) =>
        [.. text.Split('\n').Where(l => !l.StartsWith("wrote ", StringComparison.Ordinal)).Select(l => System.Text.RegularExpressions.Regex.Replace(l, @"\s+\d+\.\d\d\s+(ok|UNEXPECTED)", " $1"))];
}
