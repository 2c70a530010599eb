using System.Xml.Linq;
using Adam.Verification.Counterexamples.Phase;

namespace Adam.Verification.Properties.Counterexamples;

/// <summary>Phase maps: grid parsing, the Reddi map against the exact thresholds, SVG and CSV output.</summary>
public sealed class PhaseTests
{
    [Theory]
    [InlineData("40")]
    [InlineData("40x")]
    [InlineData("ax4")]
    [InlineData("1x4")]
    [InlineData("4x401")]
    [InlineData("-4x4")]
    public void Bad_grids_get_a_specific_error(string text)
    {
        var e = Assert.Throws<FormatException>(() => PhaseGrid.Parse(text));
        Assert.Contains("--grid", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reddi_map_agrees_with_the_bisected_thresholds_and_renders_as_svg_and_csv()
    {
        PhaseMap map = ReddiPhase.Compute(new PhaseGrid(8, 12), maxPeriod: 24);
        foreach (PhaseCell cell in map.Cells)
        {
            double threshold = Adam.Verification.Counterexamples.Reddi.ReddiCycleDrift.Threshold(new((int)cell.X, (int)cell.X))!.Value;
            Assert.Equal(cell.Beta2 > threshold ? CellVerdict.Converge : CellVerdict.Diverge, cell.Verdict);
        }

        Assert.Equal("exact 3-cycle", map.Cells[0].Method);
        string svg = PhaseSvg.Render(map, [(3, 0.47)]);
        XDocument doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(96, doc.Descendants(ns + "rect").Count(r => r.Element(ns + "title") is not null));
        Assert.Single(doc.Descendants(ns + "polyline"));
        Assert.Contains("β2 = 1/(1+C²)", svg, StringComparison.Ordinal);
        string[] csv = PhaseCsv.Render(map).TrimEnd().Split('\n');
        Assert.Equal(1 + 96, csv.Length);
        Assert.Equal("column,row,x,beta2,drift,standard_error,verdict,method", csv[0]);
    }

    [Fact]
    public void The_zhang_map_carries_the_reconstruction_label()
    {
        PhaseMap map = ZhangPhase.Compute(5, new PhaseGrid(3, 3), 1, new(Paths: 1, EpochsPerPath: 50));
        Assert.Contains(map.Notes, n => n.Contains("RECONSTRUCTION", StringComparison.Ordinal));
        Assert.Contains("RECONSTRUCTION", PhaseSvg.Render(map), StringComparison.Ordinal);
    }
}
