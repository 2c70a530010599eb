using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary><c>--format svg|png|both</c>: the same option in phase, experiment, verify --report and merge.</summary>
public sealed class FigureFormatCliTests
{
    [PngFact]
    public void Phase_writes_the_map_as_SVG_and_PNG_and_a_report_its_figures_as_PNG()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-format-").FullName;
        try
        {
            (int code, string output, string err) = Adamv.Run("phase", "--problem", "reddi", "--c-max", "10", "--grid", "4x4", "--out", Path.Combine(dir, "maps"), "--format", "both");
            Assert.True(code == 0, output + err);
            Assert.True(File.Exists(Path.Combine(dir, "maps", "reddi.svg")), output);
            byte[] png = File.ReadAllBytes(Path.Combine(dir, "maps", "reddi.png"));
            Assert.Equal((byte)'P', png[1]);
            Assert.Contains("reddi.png", output, StringComparison.Ordinal);

            (int report, string reportOut, string reportErr) = Adamv.Run("verify", "--claims", "reddi-period3", "--budget", "quick", "--report", Path.Combine(dir, "report"), "--format", "png", "--jobs", "1");
            Assert.True(report == 0, reportOut + reportErr);
            Assert.True(File.Exists(Path.Combine(dir, "report", "figures", "reddi.png")));
            Assert.False(File.Exists(Path.Combine(dir, "report", "figures", "reddi.svg")));
            Assert.Contains("figures/reddi.png", File.ReadAllText(Path.Combine(dir, "report", "index.html")), StringComparison.Ordinal);
            Assert.Contains("](figures/reddi.png)", File.ReadAllText(Path.Combine(dir, "report", "report.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Format_without_a_report_or_with_an_unknown_value_exits_2()
    {
        (int code, string output, string err) = Adamv.Run("verify", "--claims", "reddi-period3", "--budget", "quick", "--format", "png");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--format sets the files of the report's figures: give --report DIR too.", err, StringComparison.Ordinal);
        (int gif, _, string gifErr) = Adamv.Run("phase", "--problem", "reddi", "--format", "gif");
        Assert.Equal(2, gif);
        Assert.Contains("--format", gifErr, StringComparison.Ordinal);
    }
}
