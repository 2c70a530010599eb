using System.Xml.Linq;
using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>adamv experiment and adamv bench: files written, the summary, and one-line errors.</summary>
public sealed class ExperimentCliTests
{
    [Fact]
    public void Experiment_at_ci_scale_writes_csv_and_svg_and_prints_the_summary()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-exp-{Guid.NewGuid():N}");
        (int code, string output, string error) = Adamv.Run("experiment", "rho", "--scale", "ci", "--out", dir);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("GEMM: ", output, StringComparison.Ordinal);
        Assert.Contains("α_ours, ρ = 1E-06", output, StringComparison.Ordinal);
        Assert.Contains("K̂", output, StringComparison.Ordinal);
        string[] csv = File.ReadAllLines(Path.Combine(dir, "rho-ci.csv"));
        Assert.Equal(1 + (4 * 31), csv.Length);
        Assert.StartsWith("experiment,arm,schedule,epoch,loss,grad_norm,test_accuracy", csv[0], StringComparison.Ordinal);
        XDocument.Load(Path.Combine(dir, "rho-ci.svg"));
        Assert.Contains("epoch", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("experiment nosuch", "unknown experiment 'nosuch'")]
    [InlineData("experiment schedulers --scale huge", "huge")]
    [InlineData("bench train --only mlp,gpu", "gpu")]
    [InlineData("bench train --repeats 0", "0")]
    public void Bad_arguments_exit_2_with_one_line(string args, string mentioned)
    {
        (int code, string output, string error) = Adamv.Run(args.Split(' '));
        Assert.Equal(ExitCodes.BadArguments, code);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(mentioned, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_prints_the_kernel_time_without_torch()
    {
        (int code, string output, string error) = Adamv.Run("bench", "train", "--only", "adam", "--adam-dimension", "100000", "--repeats", "1", "--no-torch");
        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("PyTorch: not run (--no-torch).", output, StringComparison.Ordinal);
        Assert.Contains("Adam step d=1E+05", output, StringComparison.Ordinal);
    }
}
