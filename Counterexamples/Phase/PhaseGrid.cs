using System.Globalization;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>A W×H grid size, parsed from "WxH" with clear errors.</summary>
public sealed record PhaseGrid(int Width, int Height)
{
    /// <summary>The largest side accepted.</summary>
    public const int MaxSide = 400;

    /// <summary>Parses "40x40" (or "40X40"); both sides in [2, 400].</summary>
    public static PhaseGrid Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('x', 'X');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int w) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int h))
        {
            throw new FormatException($"--grid must look like WxH (e.g. 40x40); got '{text}'.");
        }

        if (w < 2 || h < 2 || w > MaxSide || h > MaxSide)
        {
            throw new FormatException($"--grid sides must lie in [2, {MaxSide}]; got {w}x{h}.");
        }

        return new PhaseGrid(w, h);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
