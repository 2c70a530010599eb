using System.Globalization;
using System.Security;

namespace Adam.Verification.Suite.Reporting;

/// <summary>Culture-invariant formatting and XML escaping shared by the CLI's reports and figures.</summary>
public static class Invariant
{
    /// <summary>The interpolated text formatted with the invariant culture.</summary>
    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text escaped for XML/SVG content and attributes.</summary>
    public static string Xml(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
