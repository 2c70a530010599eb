using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// The local changes of a sign-ratio case for targeted search, as named operators: scale one gradient by
/// exp(σ·N(0,1)); tilt a suffix or a prefix geometrically (g_s ← g_s·r^{|s−k|} for s ≥ k or s ≤ k, r = exp(σ·N(0,1)):
/// the extremal sequences are geometric, growing towards the present when β1 &lt; β2 and towards the past when β1 &gt; β2); flip a sign; copy a neighbour; append a gradient or drop the first (up to <see cref="MaxLength"/>);
/// and, in <see cref="Operators"/> only, nudge β1 or β2 (relative 10^U(−6,−1)). σ is log-uniform in [1e-7, 1], so the
/// climb can refine to 1e-6 and still jump. Magnitudes stay in the §7 window [1e-150, 1e150].
/// </summary>
public static class SignRatioMutator
{
    /// <summary>The longest sequence a mutant may grow to (keeps each evaluation cheap).</summary>
    public const int MaxLength = 600;

    /// <summary>The changes of the gradient sequence alone (β1 and β2 kept), for a climb at fixed hyper-parameters.</summary>
    public static IReadOnlyList<MutationOperator<SignRatioInstance>> SequenceOperators { get; } =
    [
        new("one gradient scaled", (c, r) => WithGradients(c, r, (g, sigma) =>
        {
            int i = r.NextInt(g.Length);
            g[i] = Clamp(g[i] == 0 ? r.Sign() * 1e-3 : g[i] * Math.Exp(sigma * r.Normal()));
        })),
        Tilt("suffix tilted geometrically", suffix: true),
        Tilt("prefix tilted geometrically", suffix: false),
        new("sign flipped", (c, r) => WithGradients(c, r, (g, _) =>
        {
            int i = r.NextInt(g.Length);
            g[i] = -g[i];
        })),
        new("neighbour copied", (c, r) => WithGradients(c, r, (g, _) =>
        {
            int i = r.NextInt(g.Length);
            g[i] = g[(i + g.Length - 1) % g.Length];
        })),
        new("gradient appended", (c, r) =>
        {
            double sigma = Sigma(r);
            double[] g = c.Gradients;
            return g.Length < MaxLength ? c with { Gradients = [.. g, Clamp(g[^1] * Math.Exp(sigma * r.Normal()))] } : c with { Gradients = g[1..] };
        }),
        new("first gradient dropped", (c, _) => c.Gradients.Length > 2 ? c with { Gradients = c.Gradients[1..] } : c),
    ];

    /// <summary>All operators: the sequence changes and the β nudges.</summary>
    public static IReadOnlyList<MutationOperator<SignRatioInstance>> Operators { get; } =
    [
        .. SequenceOperators,
        new("β1 nudged", (c, r) => c with { Beta1 = Nudge(c.Beta1, Sigma(r) * 0.1, r) }),
        new("β2 nudged", (c, r) => c with { Beta2 = Nudge(c.Beta2, Sigma(r) * 0.1, r) }),
    ];

    /// <summary>g_s ← g_s·r^{|s−k|} over the suffix s ≥ k or the prefix s ≤ k, k uniform, r = exp(σ·N(0,1)).</summary>
    private static MutationOperator<SignRatioInstance> Tilt(string name, bool suffix) => new(name, (c, r) => WithGradients(c, r, (g, sigma) =>
    {
        int k = r.NextInt(g.Length);
        double ratio = Math.Exp(sigma * r.Normal());
        (int from, int to) = suffix ? (k, g.Length - 1) : (0, k);
        for (int s = from; s <= to; s++)
        {
            g[s] = Clamp(g[s] * Math.Pow(ratio, Math.Abs(s - k)));
        }
    }));

    private static SignRatioInstance WithGradients(SignRatioInstance instance, SeededRandom random, Action<double[], double> change)
    {
        double sigma = Sigma(random);
        double[] g = (double[])instance.Gradients.Clone();
        change(g, sigma);
        return instance with { Gradients = g };
    }

    private static double Sigma(SeededRandom random) => Math.Pow(10, random.Uniform(-7, 0));

    private static double Nudge(double beta, double relative, SeededRandom random)
    {
        double b = beta * Math.Exp(relative * random.Normal());
        return Math.Clamp(b, 1e-6, 1 - 1e-9);
    }

    /// <summary>Into the §7 window; NaN (0 × ∞ when a zero gradient is tilted by an overflowing power) becomes 0.</summary>
    private static double Clamp(double v) => double.IsNaN(v) ? 0 : GradientSequenceGenerator.Clamp(v);
}
