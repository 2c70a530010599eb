using System.Net;
using System.Text.RegularExpressions;

namespace Adam.Verification.Cli.Reporting;

/// <summary>
/// The claims' texts write maths in one plain notation — Unicode symbols (α, β₁, ‖∇L‖, √, ≤), exponents as
/// <c>^{…}</c> (or <c>^</c> before a number or one letter) and indices as <c>_{…}</c> (or <c>_</c> before one letter or
/// digit) — which the console, CSV, JSON and Markdown keep as written; the HTML page typesets exponents and indices as
/// superscripts and subscripts (HTML, no scripts).
/// </summary>
public static partial class MathText
{
    /// <summary><paramref name="text"/> HTML-encoded, with <c>^{x}</c> as <c>&lt;sup&gt;x&lt;/sup&gt;</c> and <c>_{x}</c> as <c>&lt;sub&gt;x&lt;/sub&gt;</c>.</summary>
    public static string Html(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string html = WebUtility.HtmlEncode(text);
        string previous;
        do
        {
            // Innermost braces first, so that nested exponents (e^{x_{t}}) typeset too.
            previous = html;
            html = BracedSuperscript().Replace(html, "<sup>$1</sup>");
            html = BracedSubscript().Replace(html, "$1<sub>$2</sub>");
        }
        while (html != previous);
        html = BareSuperscript().Replace(html, "<sup>$1</sup>");
        return BareSubscript().Replace(html, "$1<sub>$2</sub>");
    }

    [GeneratedRegex(@"\^\{([^{}]*)\}")]
    private static partial Regex BracedSuperscript();

    [GeneratedRegex(@"([\p{L}\)\|‖∂])_\{([^{}]*)\}")]
    private static partial Regex BracedSubscript();

    /// <summary>"^" before a signed number (T^-0.5, n^2) or a single letter (T^b).</summary>
    [GeneratedRegex(@"\^(−?-?[0-9]+(?:\.[0-9]+)?|\p{L}(?![\p{L}\p{N}]))")]
    private static partial Regex BareSuperscript();

    /// <summary>"_" after a letter, bracket or bar and before one letter or digit that ends a word (w_t, ∂_i, ‖g‖_1).</summary>
    [GeneratedRegex(@"([\p{L}\)\|‖∂])_([\p{L}\p{N}])(?![\p{L}\p{N}_])")]
    private static partial Regex BareSubscript();
}
