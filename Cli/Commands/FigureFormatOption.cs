using System.CommandLine;

namespace Adam.Verification.Cli.Commands;

/// <summary><c>--format svg|png|both</c>: the files each figure is written as (one meaning in every command that writes figures).</summary>
public static class FigureFormatOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--format";

    /// <summary>A new instance of the option.</summary>
    public static Option<Choice<FigureFormat>> Create() =>
        ChoiceOption.Create(Name, "svg | png | both: write each figure as SVG (default), as PNG rendered from that SVG at twice its size, or both (PNG needs fontconfig on Linux).", ChoiceOption.Of<FigureFormat>(), FigureFormat.Svg);

    /// <summary>
    /// The format the command line asks for; when it writes PNG, the renderer is tried at once (with a font), so that a
    /// machine that cannot draw PNG is told before any work, not after it.
    /// </summary>
    /// <exception cref="ArgumentException">PNG is asked for and cannot be drawn here.</exception>
    public static FigureFormat Read(ParseResult parse, Option<Choice<FigureFormat>> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        FigureFormat format = parse.GetValue(option).Value;
        if (format.WritesPng())
        {
            PngExport.RequireRenderer(Name);
        }

        return format;
    }

    /// <summary>Whether the user gave the option (it changes nothing unless the command writes figures).</summary>
    public static bool Given(ParseResult parse, Option<Choice<FigureFormat>> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { Implicit: false };
    }
}
