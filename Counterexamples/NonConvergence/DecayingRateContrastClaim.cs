using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>decaying-rate-contrast</c> (arXiv 2407.08100 contrast, CLAIMS.md §4c P4.2 [REC]), statistical, expected Held: with
/// γ_n = 0.05·n^{−0.7} (rates that do vanish) the mean squared increment E‖ΔΘ‖² near n = 4·10⁴ is below 10⁻³ times its
/// value near n = 100 for every data law, and for the symmetric law E‖Θ_N − EX‖² &lt; 10⁻⁴ at N = 4·10⁴ (Adam converges
/// to the minimiser there). β = (0.9, 0.999), ε = 1e-8, J = 1. Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class DecayingRateContrastClaim : IClaim
{
    /// <summary>N.</summary>
    public const long Steps = 40_000;

    private readonly double _power;

    /// <summary>Creates the claim; <paramref name="power"/> is the 0.7 of n^{−0.7} (0 plants a constant rate).</summary>
    public DecayingRateContrastClaim(double power = 0.7)
    {
        _power = power;
    }

    /// <inheritdoc/>
    public string Id => "decaying-rate-contrast";

    /// <inheritdoc/>
    public Citation Citation { get; } = new("Dereich, Graeber & Jentzen, arXiv 2407.08100 (contrast to Thm 1.1)", "decaying learning rates", "[REC] CLAIMS.md §4c P4.2");

    /// <inheritdoc/>
    public string Statement => "With γ_n = 0.05·n^{-0.7}, E‖ΔΘ‖² near n = 4e4 is below 1e-3 × its value near n = 100, and for symmetric X, E‖Θ_N − EX‖² < 1e-4 at N = 4e4.";

    /// <inheritdoc/>
    public string Hypotheses => "ℓ(θ, x) = ‖θ − x‖², d = 1, J = 1; γ_n → 0 with Σγ_n = ∞.";

    /// <inheritdoc/>
    public string Variant => "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, Θ0 = 0";

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Verdict.Held;

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int paths = settings.CasesOverride ?? NonVanishingRateNonConvergenceClaim.PathsFor(settings.Budget);
        var evidence = new List<string>();
        bool held = true;
        double worst = double.NegativeInfinity;
        int k = 0;
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            var setup = new QuadraticDataSetup(law, 1, 0.9, 0.999, 1e-8, new InversePowerSchedule(0.05, _power));
            QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, paths, Steps, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++), [100, Steps]);
            double ratio = run.IncrementAt[1].Mean / run.IncrementAt[0].Mean;
            double mse = run.SquaredErrorAt[1].Mean;
            bool ok = ratio < 1e-3 && (!DataSampler.IsSymmetric(law) || mse < 1e-4);
            held &= ok;
            worst = Math.Max(worst, Math.Max(ratio / 1e-3, DataSampler.IsSymmetric(law) ? mse / 1e-4 : 0));
            evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{law}: E‖ΔΘ‖² {run.IncrementAt[0]} near 100 → {run.IncrementAt[1]} near 4e4 (ratio {ratio:G3}); E‖Θ_N − EX‖² = {run.SquaredErrorAt[1]}{(ok ? string.Empty : " — VIOLATED")}"));
        }

        return new ClaimResult(Id, Citation.ToString(), Statement, held ? Verdict.Held : Verdict.Refuted, ExpectedVerdict, k * paths, k * paths, settings.Seed, null, clock.Elapsed.TotalSeconds, worst, string.Join("; ", evidence) + ".");
    }
}
