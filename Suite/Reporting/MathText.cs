using System.Net;
using System.Text.RegularExpressions;

namespace Adam.Verification.Suite.Reporting;

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

    /// <summary>"_{…}" after any name (min_{t≤T}, w_{t+1}), bracket, bar or ∂: the braces say it is an index.</summary>
    [GeneratedRegex(@"([\p{L}\p{M}\)\|‖∂])_\{([^{}]*)\}")]
    private static partial Regex BracedSubscript();

    /// <summary>"^" before a signed number or fraction (T^-0.5, T^-1/2, n^2) or a single letter that is not a function's name (T^b, not 10^U(0,3)).</summary>
    [GeneratedRegex(@"\^([−-]?[0-9]+(?:[./][0-9]+)?|\p{L}(?![\p{L}\p{N}\(]))")]
    private static partial Regex BareSuperscript();

    /// <summary>
    /// "_" after a one-letter name (with its accents: K̂_N; after a symbol such as Σ too: Σα_t), an operator's name
    /// (min_t, max_i, sup_t), a bracket, a bar or ∂, and before one letter or digit that ends the word (w_t, ∂_i, ‖g‖_1,
    /// c_jᵀ); an ASCII identifier such as elapsed_s or run_1 is left alone.
    /// </summary>
    [GeneratedRegex(@"((?<![A-Za-z0-9_])(?:min|max|sup|inf|lim|argmin|argmax)|(?<![A-Za-z0-9_])\p{L}\p{M}*|[\)\|‖∂])_([\p{L}\p{N}])(?![\p{Ll}\p{Lu}\p{Lo}\p{N}_])")]
    private static partial Regex BareSubscript();
}
