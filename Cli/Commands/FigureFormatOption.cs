using System.CommandLine;

namespace Adam.Verification.Cli.Commands;

/// <summary><c>--format svg|png|both</c>: the files each figure is written as (one meaning in every command that writes figures).</summary>
public static class FigureFormatOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--format";

    /// <summary>A new instance of the option.</summary>
    public static Option<FigureFormat> Create() =>
        ChoiceOption.Create(Name, "svg | png | both: write each figure as SVG (default), as PNG rendered from that SVG at twice its size, or both (PNG needs fontconfig on Linux).", ChoiceOption.Of<FigureFormat>(), FigureFormat.Svg);

    /// <summary>The format the command line asks for.</summary>
    public static FigureFormat Read(ParseResult parse, Option<FigureFormat> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(option);
    }

    /// <summary>Whether the user gave the option (it changes nothing unless the command writes figures).</summary>
    public static bool Given(ParseResult parse, Option<FigureFormat> option)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetResult(option) is { Implicit: false };
    }
}
