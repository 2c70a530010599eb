using System.Buffers.Binary;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Suite;

/// <summary>PNG figures are rasterised from the figure's own SVG, at twice its size, with the text drawn.</summary>
public sealed class PngExportTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><rect width=\"100%\" height=\"100%\" fill=\"white\"/><text x=\"4\" y=\"26\" font-family=\"sans-serif\" font-size=\"16\">α = 0.5</text></svg>";

    [PngFact]
    public void A_figure_becomes_a_PNG_twice_its_size_with_its_text_drawn()
    {
        byte[] png = PngExport.FromSvg(Svg, "--format");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(240, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(80, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

        // The text draws dark pixels: the PNG of the same picture without its text is smaller.
        byte[] blank = PngExport.FromSvg(Svg.Replace("α = 0.5", string.Empty, StringComparison.Ordinal), "--format");
        Assert.True(png.Length > blank.Length + 200, $"with text {png.Length} bytes, without {blank.Length}: the text was not drawn (no font?)");
    }

    [Fact]
    public void Each_format_names_its_files()
    {
        Assert.Equal(["x.svg"], FigureFiles.Names("x", FigureFormat.Svg));
        Assert.Equal(["x.svg", "x.png"], FigureFiles.Names("x", FigureFormat.Both));
        Assert.Equal(["x.png"], FigureFiles.Names("x", FigureFormat.Png));
    }
}
