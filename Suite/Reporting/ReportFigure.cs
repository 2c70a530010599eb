namespace Adam.Verification.Suite.Reporting;

/// <summary>One figure of the report: a file name (without extension), a title, the SVG text and a caption.</summary>
public sealed record ReportFigure(string Name, string Title, string Svg, string Caption);
