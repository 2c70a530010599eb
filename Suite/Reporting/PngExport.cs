using SkiaSharp;
using Svg.Skia;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// PNG files of the figures, rasterised from their own SVG (Svg.Skia on SkiaSharp), so that both formats come from one
/// chart layer and show the same figure. Text uses the system's fonts through fontconfig; where the native library,
/// fontconfig or every font is missing, asking for PNG is refused with one line saying what to install
/// (<see cref="RequireRenderer"/>, which the commands call before any work).
/// </summary>
public static class PngExport
{
    /// <summary>The scale of the PNG against the SVG's own size (2: sharp on high-density screens and in slides).</summary>
    public const float Scale = 2;

    /// <summary>Whether <paramref name="format"/> writes the SVG file.</summary>
    public static bool WritesSvg(this FigureFormat format) => format != FigureFormat.Png;

    /// <summary>Whether <paramref name="format"/> writes the PNG file.</summary>
    public static bool WritesPng(this FigureFormat format) => format != FigureFormat.Svg;

    /// <summary>
    /// Checks that PNG can be drawn here: the native renderer loads and finds at least one font (without one, text would be
    /// left out of the picture silently).
    /// </summary>
    /// <exception cref="ArgumentException">It cannot (<paramref name="option"/> names the request).</exception>
    public static void RequireRenderer(string option)
    {
        int families;
        try
        {
            families = SKFontManager.Default.FontFamilyCount;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw Unavailable(option, e);
        }

        if (families == 0)
        {
            throw new ArgumentException($"{option}: PNG export finds no font here, so the figures' text would be missing (on Debian or Ubuntu: apt install fonts-dejavu-core); use svg.");
        }
    }

    /// <summary>The PNG of <paramref name="svg"/> on a white background at <see cref="Scale"/> times its size.</summary>
    /// <exception cref="ArgumentException">The SVG does not parse, or the native renderer cannot load (<paramref name="option"/> names the request).</exception>
    public static byte[] FromSvg(string svg, string option)
    {
        ArgumentNullException.ThrowIfNull(svg);
        RequireRenderer(option);
        try
        {
            using var document = new SKSvg();
            if (document.FromSvg(svg) is null)
            {
                throw new ArgumentException($"{option}: a figure's SVG does not parse, so it has no PNG.");
            }

            using var stream = new MemoryStream();
            if (!document.Save(stream, SKColors.White, SKEncodedImageFormat.Png, 100, Scale, Scale))
            {
                throw new ArgumentException($"{option}: a figure could not be rendered as PNG.");
            }

            return stream.ToArray();
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            throw Unavailable(option, e);
        }
    }

    private static ArgumentException Unavailable(string option, Exception e) =>
        new($"{option}: PNG export needs SkiaSharp's native library and fontconfig (on Debian or Ubuntu: apt install libfontconfig1 fonts-dejavu-core), which do not load here ({Innermost(e).Message}); use svg.", e);

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }
}
