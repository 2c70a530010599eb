namespace Adam.Verification.Suite.Reporting;

/// <summary>The files a figure is written as: its SVG (the one chart layer), a PNG rasterised from that SVG, or both.</summary>
public enum FigureFormat
{
    /// <summary>NAME.svg (the default).</summary>
    Svg,

    /// <summary>NAME.png, rendered from the SVG at twice its size.</summary>
    Png,

    /// <summary>NAME.svg and NAME.png.</summary>
    Both,
}
