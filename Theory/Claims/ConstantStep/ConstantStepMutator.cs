using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// The local changes of a constant-step case for targeted search, as named operators, each with one direction so that
/// the search can learn which way pays: ρ doubled, ρ halved, ρ multiplied or divided by 10^U(0,3) (ρ is a scale
/// parameter, and the observable has valleys in it that small moves cannot cross), ρ nudged, 1 − β2 doubled or halved,
/// β2 nudged, w0 scaled or one coordinate shifted, T doubled (at most <see cref="MaxHorizon"/>) or halved, T ± 5, and
/// the objective redrawn from its family (same dimension). β1 and the variant are
/// kept, so a mutant meets the same momentum hypothesis as its parent. Small moves have a log-uniform size
/// σ = 10^U(−3,0), so the climb can both jump and refine.
/// </summary>
public static class ConstantStepMutator
{
    /// <summary>The longest horizon a mutant may reach (the generator's largest T), so each evaluation stays cheap.</summary>
    public const long MaxHorizon = 5_000;

    /// <summary>The operators.</summary>
    public static IReadOnlyList<MutationOperator<ConstantStepInstance>> Operators { get; } =
    [
        new("ρ ×2", (c, _) => c with { Rho = c.Rho * 2 }),
        new("ρ ÷2", (c, _) => c with { Rho = c.Rho / 2 }),
        new("ρ ×10^U(0,3)", (c, r) => c with { Rho = c.Rho * Math.Pow(10, r.Uniform(0, 3)) }),
        new("ρ ÷10^U(0,3)", (c, r) => c with { Rho = c.Rho / Math.Pow(10, r.Uniform(0, 3)) }),
        new("ρ nudged", (c, r) => c with { Rho = c.Rho * Math.Exp(Sigma(r) * r.Normal()) }),
        new("1 − β2 ×2", (c, _) => c with { Beta2 = Beta2((1 - c.Beta2) * 2) }),
        new("1 − β2 ÷2", (c, _) => c with { Beta2 = Beta2((1 - c.Beta2) / 2) }),
        new("β2 nudged", (c, r) => c with { Beta2 = Beta2((1 - c.Beta2) * Math.Exp(Sigma(r) * r.Normal())) }),
        new("w0 scaled", (c, r) =>
        {
            double sigma = Sigma(r);
            return c with { Start = c.Start.Select(v => v * Math.Exp(sigma * r.Normal())).ToArray() };
        }),
        new("w0 coordinate shifted", (c, r) =>
        {
            double sigma = Sigma(r);
            double[] w = (double[])c.Start.Clone();
            w[r.NextInt(w.Length)] += sigma * 3 * r.Normal();
            return c with { Start = w };
        }),
        new("T ×2", (c, _) => c with { Horizon = Math.Min(c.Horizon * 2, MaxHorizon) }),
        new("T ÷2", (c, _) => c with { Horizon = Math.Max(c.Horizon / 2, 1) }),
        new("T ± 5", (c, r) => c with { Horizon = Math.Clamp(c.Horizon + r.NextInt(-5, 5), 1, MaxHorizon) }),
        new("objective redrawn", (c, r) => c with { ObjectiveSeed = r.NextUInt64(), ObjectiveParameters = null }),
    ];

    private static double Sigma(SeededRandom random) => Math.Pow(10, random.Uniform(-3, 0));

    private static double Beta2(double gap) => Math.Clamp(1 - gap, 0.5, 0.99999);
}
