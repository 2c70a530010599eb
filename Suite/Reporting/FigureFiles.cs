using Adam.Verification.Suite.Output;

namespace Adam.Verification.Suite.Reporting;

/// <summary>A figure's files in an output set: NAME.svg, NAME.png (rasterised from the same SVG) or both.</summary>
public static class FigureFiles
{
    /// <summary>The file names <paramref name="stem"/> is written as in <paramref name="format"/>.</summary>
    public static IReadOnlyList<string> Names(string stem, FigureFormat format) =>
        [.. format.WritesSvg() ? [stem + ".svg"] : Array.Empty<string>(), .. format.WritesPng() ? [stem + ".png"] : Array.Empty<string>()];

    /// <summary>Adds the figure <paramref name="svg"/> to <paramref name="set"/> as <paramref name="stem"/> in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentException">PNG was asked for and cannot be rendered here (<paramref name="option"/> names the request).</exception>
    public static void Add(OutputSet set, string stem, string svg, FigureFormat format, string option)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (format.WritesSvg())
        {
            set.Add(stem + ".svg", svg);
        }

        if (format.WritesPng())
        {
            set.Add(stem + ".png", PngExport.FromSvg(svg, option));
        }
    }
}
