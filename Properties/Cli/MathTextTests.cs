using Adam.Verification.Cli.Reporting;

namespace Adam.Verification.Properties.Cli;

/// <summary>The HTML page typesets the claims' plain maths notation: exponents and indices, nothing else.</summary>
public sealed class MathTextTests
{
    [Theory]
    [InlineData("1−β2 = T^{-3/4}", "1−β2 = T<sup>-3/4</sup>")]
    [InlineData("min_{t≤T} ‖∇L(w_t)‖ ≤ (2Kδ²(L0−L*)/T)^{1/4}", "min<sub>t≤T</sub> ‖∇L(w<sub>t</sub>)‖ ≤ (2Kδ&#178;(L0−L*)/T)<sup>1/4</sup>")]
    [InlineData("L(w_{t+1}) ≤ L(w_t)", "L(w<sub>t+1</sub>) ≤ L(w<sub>t</sub>)")]
    [InlineData("γ_n = 0.05·n^{-0.7}, T^b, n^2", "γ<sub>n</sub> = 0.05&#183;n<sup>-0.7</sup>, T<sup>b</sup>, n<sup>2</sup>")]
    [InlineData("e^{x_{t}}", "e<sup>x<sub>t</sub></sup>")]
    [InlineData("T^-1/2 and K̂_N, F_j = F + c_jᵀx", "T<sup>-1/2</sup> and K̂<sub>N</sub>, F<sub>j</sub> = F + c<sub>j</sub>ᵀx")]
    [InlineData("min_t ‖g‖, sup_t γ, max_i |g_i|, Σα_t and Σγ_n", "min<sub>t</sub> ‖g‖, sup<sub>t</sub> γ, max<sub>i</sub> |g<sub>i</sub>|, Σα<sub>t</sub> and Σγ<sub>n</sub>")]
    public void Exponents_and_indices_are_typeset(string text, string html) => Assert.Equal(html, MathText.Html(text));

    [Theory]
    [InlineData("columns adamv_version and case_seed", "columns adamv_version and case_seed")]
    [InlineData("α_ours with K̂", "α_ours with K̂")]
    [InlineData("elapsed_s in /tmp/run_1/x.json, 10^U(0,3)", "elapsed_s in /tmp/run_1/x.json, 10^U(0,3)")]
    [InlineData("a < b & c", "a &lt; b &amp; c")]
    [InlineData("<script>alert(1)</script>^{x}", "&lt;script&gt;alert(1)&lt;/script&gt;<sup>x</sup>")]
    public void Identifiers_stay_and_everything_is_encoded(string text, string html) => Assert.Equal(html, MathText.Html(text));
}
