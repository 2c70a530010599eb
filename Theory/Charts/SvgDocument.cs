using System.Globalization;
using System.Security;
using System.Text;

namespace Adam.Verification.Theory.Charts;

/// <summary>
/// The one chart layer of the suite's figures: a standalone SVG document (no scripts, no external references, white
/// background, sans-serif) built from a few primitives — text, lines, rectangles, circles, polylines, groups — with
/// every number written in the invariant culture and every text escaped. The figures (phase maps, rate fits, the
/// experiments' panels) compose these with <see cref="AxisTicks"/>; a PNG is the same document rasterised.
/// </summary>
public sealed class SvgDocument
{
    private readonly StringBuilder _svg = new();

    /// <summary>Starts a document of <paramref name="width"/> × <paramref name="height"/> with a white background.</summary>
    public SvgDocument(double width, double height, double fontSize = 11)
    {
        Width = width;
        Height = height;
        Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0.##}\" height=\"{height:0.##}\" viewBox=\"0 0 {width:0.##} {height:0.##}\" font-family=\"sans-serif\" font-size=\"{fontSize:0.##}\">\n");
        Append($"<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    }

    /// <summary>The document's width.</summary>
    public double Width { get; }

    /// <summary>The document's height.</summary>
    public double Height { get; }

    /// <summary>Text at (x, y): anchor start, middle or end; an optional size, weight, colour and rotation about (x, y).</summary>
    public SvgDocument Text(double x, double y, string text, double? size = null, string anchor = "start", bool bold = false, string? fill = null, double rotate = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        string attributes = (anchor == "start" ? string.Empty : $" text-anchor=\"{anchor}\"")
            + (size is double s ? Format($" font-size=\"{s:0.##}\"") : string.Empty)
            + (bold ? " font-weight=\"bold\"" : string.Empty)
            + (fill is null ? string.Empty : $" fill=\"{fill}\"")
            + (rotate == 0 ? string.Empty : Format($" transform=\"rotate({rotate:0.##} {x:0.##} {y:0.##})\""));
        return Append($"<text x=\"{x:0.##}\" y=\"{y:0.##}\"{attributes}>{Escape(text)}</text>\n");
    }

    /// <summary>A line from (x1, y1) to (x2, y2), optionally dashed ("7 4").</summary>
    public SvgDocument Line(double x1, double y1, double x2, double y2, string stroke = "black", double width = 1, string? dash = null) =>
        Append($"<line x1=\"{x1:0.##}\" y1=\"{y1:0.##}\" x2=\"{x2:0.##}\" y2=\"{y2:0.##}\" stroke=\"{stroke}\"{StrokeWidth(width)}{Dash(dash)}/>\n");

    /// <summary>A rectangle; <paramref name="title"/> becomes its tooltip.</summary>
    public SvgDocument Rect(double x, double y, double width, double height, string fill = "none", string? stroke = null, string? title = null)
    {
        string close = title is null ? "/>\n" : $"><title>{Escape(title)}</title></rect>\n";
        return Append($"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{width:0.##}\" height=\"{height:0.##}\" fill=\"{fill}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\"")}{close}");
    }

    /// <summary>A circle of radius <paramref name="r"/> at (cx, cy).</summary>
    public SvgDocument Circle(double cx, double cy, double r, string fill, string? stroke = null, double strokeWidth = 1) =>
        Append($"<circle cx=\"{cx:0.##}\" cy=\"{cy:0.##}\" r=\"{r:0.##}\" fill=\"{fill}\"{(stroke is null ? string.Empty : $" stroke=\"{stroke}\"")}{StrokeWidth(strokeWidth)}/>\n");

    /// <summary>An open polyline through <paramref name="points"/> (drawn as given: fewer than two points show nothing).</summary>
    public SvgDocument Polyline(IEnumerable<(double X, double Y)> points, string stroke, double width = 1, string? dash = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        string[] coordinates = [.. points.Select(p => Format($"{p.X:0.##},{p.Y:0.##}"))];
        return Append($"<polyline fill=\"none\" stroke=\"{stroke}\"{StrokeWidth(width)}{Dash(dash)} points=\"{string.Join(' ', coordinates)}\"/>\n");
    }

    /// <summary>Opens a group whose edges render crisp (for the cells of a map); close it with <see cref="EndGroup"/>.</summary>
    public SvgDocument CrispGroup() => Append($"<g shape-rendering=\"crispEdges\">\n");

    /// <summary>Closes the group opened last.</summary>
    public SvgDocument EndGroup() => Append($"</g>\n");

    /// <summary>The document's text.</summary>
    public override string ToString() => _svg + "</svg>\n";

    private static string StrokeWidth(double width) => width == 1 ? string.Empty : Format($" stroke-width=\"{width:0.##}\"");

    private static string Dash(string? dash) => dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private SvgDocument Append(FormattableString text)
    {
        _svg.Append(Format(text));
        return this;
    }
}
