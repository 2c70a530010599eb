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
        Assert.Contains("β2*(C): exact stationary drift = 0", svg, StringComparison.Ordinal);
        Assert.StartsWith("Reddi et al. 2018, Theorem 2's problem", map.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("1/(1+C²)", svg, StringComparison.Ordinal);
        Assert.All(map.Curve, p => Assert.Equal(ReddiPhase.Threshold(ReddiMap.PeriodC, (int)p.X)!.Value, p.Beta2));
        string[] csv = PhaseCsv.Render(map).TrimEnd().Split('\n');
        Assert.Equal(1 + 96, csv.Length);
        Assert.Equal("column,row,c,beta2,drift,standard_error,verdict,method", csv[0]);
    }

    [Fact]
    public void Theorem_1s_map_is_the_period_3_problem_with_its_own_curve_which_lies_where_Adam_diverges()
    {
        PhaseMap map = ReddiPhase.Compute(new PhaseGrid(9, 16), maxPeriod: 50, problem: ReddiMap.PeriodThree);
        Assert.StartsWith("Reddi et al. 2018, Theorem 1's problem: period 3", map.Title, StringComparison.Ordinal);
        foreach (PhaseCell cell in map.Cells)
        {
            Assert.Equal("exact 3-cycle", cell.Method);
            Assert.Equal(Adam.Verification.Counterexamples.Reddi.ReddiCycleDrift.ThreeCycle(cell.X, cell.Beta2), cell.Drift);
            double threshold = ReddiPhase.Threshold(ReddiMap.PeriodThree, (int)cell.X)!.Value;
            Assert.Equal(cell.Beta2 > threshold ? CellVerdict.Converge : CellVerdict.Diverge, cell.Verdict);
        }

        // Theorem 1's β2 = 1/(1+C²) is the overlaid curve, and it lies below the boundary: Adam diverges there.
        Assert.Equal("β2 = 1/(1+C²) (Thm 1's choice)", map.CurveLabel);
        Assert.All(map.Curve, p => Assert.Equal(1 / (1 + (p.X * p.X)), p.Beta2, 12));
        double[] boundary = [.. ReddiPhase.TablePeriods.Select(c => ReddiPhase.Threshold(ReddiMap.PeriodThree, c)!.Value)];
        Assert.Equal([3, 4, 5, 6, 10, 20, 50], ReddiPhase.TablePeriods);
        Assert.All(ReddiPhase.TablePeriods.Zip(boundary), p => Assert.True(1 / (1.0 + (p.First * p.First)) < p.Second, $"C = {p.First}: 1/(1+C²) is not below β2* = {p.Second}"));
        Assert.True(boundary.Zip(boundary.Skip(1)).All(p => p.First > p.Second), "β2*(C) of the period-3 problem falls as C grows");
        Assert.Equal(ReddiPhase.Threshold(ReddiMap.PeriodC, 3), boundary[0]);
    }

    [Fact]
    public void The_zhang_map_carries_the_reconstruction_label()
    {
        PhaseMap map = ZhangPhase.Compute(5, new PhaseGrid(3, 3), 1, new(Paths: 1, EpochsPerPath: 50));
        Assert.Contains(map.Notes, n => n.Contains("RECONSTRUCTION", StringComparison.Ordinal));
        Assert.Contains("RECONSTRUCTION", PhaseSvg.Render(map), StringComparison.Ordinal);
    }
}
