using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>nonvanishing-rate-nonconvergence</c> (Dereich, Graeber &amp; Jentzen, arXiv 2407.08100, Thm 1.1 as reconstructed
/// [REC]; CLAIMS.md §4c P4.1), statistical, expected Held: with a constant rate γ = 0.01, β = (0.9, 0.999), ε = 1e-8,
/// the Monte Carlo mean over paths of E‖Θ_{n+1} − Θ_n‖², averaged over n ∈ (N/2, N] with N = 4·10⁴, lies with its
/// ±3·SE interval inside [0.7, 1.3]·γ²d(1−β1)/(1+β1), and E‖Θ_n − EX‖² does not decrease from n = 5·10³ to 4·10⁴
/// (ratio &gt; 0.8). By E‖ΔΘ‖² ≤ 2E‖Θ_{n+1} − ξ‖² + 2E‖Θ_n − ξ‖², the first bound means Θ_n converges in L² to no random
/// limit ξ. Configurations: X ~ N(0,1), Bernoulli(0.2), Exp(1), each with J ∈ {1, 8}. Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class NonVanishingRateNonConvergenceClaim : IClaim
{
    /// <summary>γ.</summary>
    public const double Rate = 0.01;

    /// <summary>N.</summary>
    public const long Steps = 40_000;

    private readonly double _predictionFactor;

    /// <summary>Creates the claim; <paramref name="predictionFactor"/> multiplies γ²d(1−β1)/(1+β1) (1; 19 plants the prediction without its (1−β1)/(1+β1)).</summary>
    public NonVanishingRateNonConvergenceClaim(double predictionFactor = 1)
    {
        _predictionFactor = predictionFactor;
    }

    /// <inheritdoc/>
    public string Id => "nonvanishing-rate-nonconvergence";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("Dereich, Graeber & Jentzen, arXiv 2407.08100", "Theorem 1.1 (as reconstructed)", "[REC] CLAIMS.md §4a; heuristic constant γ²d(1−β1)/(1+β1) [REC]");

    /// <inheritdoc/>
    public string Statement => "With learning rates bounded away from zero (γ = 0.01), Adam does not converge: E‖Θ_{n+1} − Θ_n‖² stays within [0.7, 1.3]·γ²d(1−β1)/(1+β1) and E‖Θ_n − EX‖² does not decrease (ratio > 0.8 from n = 5e3 to 4e4).";

    /// <inheritdoc/>
    public string Hypotheses => "ℓ(θ, x) = ‖θ − x‖², d = 1, X i.i.d. with E‖X‖² < ∞ and not a.s. constant; sup J < ∞; liminf γ_n > 0; β1² < β2.";

    /// <inheritdoc/>
    public string Variant => "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, constant γ = 0.01, Θ0 = 0";

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <summary>Paths for a budget.</summary>
    public static int PathsFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 400,
        BudgetLevel.Standard => 1_000,
        _ => 4_000,
    };

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int paths = settings.CasesOverride ?? PathsFor(settings.Budget);
        double predicted = _predictionFactor * Rate * Rate * (1 - 0.9) / (1 + 0.9);
        var evidence = new List<string>();
        bool held = true;
        double worst = double.NegativeInfinity;
        int k = 0;
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            foreach (int batch in (int[])[1, 8])
            {
                var setup = new QuadraticDataSetup(law, batch, 0.9, 0.999, 1e-8, new ConstantSchedule(Rate));
                QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, paths, Steps, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++), [5_000, Steps]);
                MonteCarloSummary w = run.WindowIncrement;
                double low = (w.Mean - (3 * w.StandardError)) / predicted, high = (w.Mean + (3 * w.StandardError)) / predicted;
                double mseRatio = run.SquaredErrorAt[1].Mean / run.SquaredErrorAt[0].Mean;
                bool ok = low >= 0.7 && high <= 1.3 && mseRatio > 0.8;
                held &= ok;
                worst = Math.Max(worst, Math.Max(Math.Max(0.7 / low, high / 1.3), 0.8 / mseRatio));
                evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{law}, J = {batch}: E‖ΔΘ‖² = {w} = {w.Mean / predicted:F3}·prediction; E‖Θ−EX‖² {run.SquaredErrorAt[0]} at 5e3 → {run.SquaredErrorAt[1]} at 4e4 (ratio {mseRatio:F3}){(ok ? string.Empty : " — VIOLATED")}"));
            }
        }

        return new ClaimResult(Id, Citation.ToString(), Statement, held ? Verdict.Held : Verdict.Refuted, ExpectedVerdict, k * paths, k * paths, settings.Seed, null, clock.Elapsed.TotalSeconds, worst, string.Join("; ", evidence) + ".");
    }
}
