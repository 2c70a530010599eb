using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>decaying-rate-contrast</c> (arXiv 2407.08100 contrast [REC]; docs/claims.md#decaying-rate-contrast), statistical,
/// expected Held: with γ_n = 0.05·n^{−0.7} (rates that do vanish, Σγ_n = ∞) the mean squared increment E‖ΔΘ‖² near
/// n = 4·10⁴ is below 10⁻³ times its value near n = 100 for every data law, and for the symmetric law
/// E‖Θ_N − EX‖² &lt; 10⁻⁴ at N = 4·10⁴ (Adam converges to the minimiser there), each with its margin of k SE.
/// β = (0.9, 0.999), ε = 1e-8, J = 1. Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class DecayingRateContrastClaim : StatisticalClaim
{
    /// <summary>N.</summary>
    public const long Steps = 40_000;

    /// <summary>The 0.7 of n^{−0.7}.</summary>
    public const double Power = 0.7;

    private readonly bool _updateIgnoresSchedule;

    /// <summary>Creates the claim; <paramref name="updateIgnoresSchedule"/> plants an update that keeps γ_1 at every step.</summary>
    public DecayingRateContrastClaim(bool updateIgnoresSchedule = false)
    {
        _updateIgnoresSchedule = updateIgnoresSchedule;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "decaying-rate-contrast",
        Citation: new("Dereich, Graeber & Jentzen, arXiv 2407.08100 (contrast to Thm 1.1)", "decaying learning rates", "[REC]"),
        Statement: "With γ_n = 0.05·n^{-0.7}, E‖ΔΘ‖² near n = 4e4 is below 1e-3 × its value near n = 100, and for symmetric X, E‖Θ_N − EX‖² < 1e-4 at N = 4e4.",
        Hypotheses: "ℓ(θ, x) = ‖θ − x‖², d = 1, J = 1; γ_n → 0 with Σγ_n = ∞.",
        Variant: "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, Θ0 = 0",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => NonVanishingRateNonConvergenceClaim.PathsFor(level)))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "on a network its increment half is implied, not measured: each Adam step moves every coordinate by at most a constant times γ_n (the bound of sign-ratio-bound, checked on networks), so E‖ΔΘ‖² → 0 for any rate that vanishes; its convergence half (Θ_N → EX) needs the minimiser in closed form, which only the symmetric one-dimensional law gives."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update ignores the schedule and keeps γ_1 = 0.05", FaultTarget.Schedule, () => new DecayingRateContrastClaim(updateIgnoresSchedule: true), Cases: 50),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var stated = new InversePowerSchedule(0.05, Power);
        var unmet = new List<string>();
        if (!(stated.Alpha(Steps) < stated.Alpha(1) * 1e-2))
        {
            unmet.Add("γ_n does not decay");
        }

        IStepSchedule used = _updateIgnoresSchedule ? new ConstantSchedule(stated.Alpha(1)) : stated;
        var checks = new List<SubCheck>();
        int k = 0;
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            var setup = new QuadraticDataSetup(law, 1, 0.9, 0.999, 1e-8, used);
            QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, samples, Steps, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++), [100, Steps]);
            checks.Add(SubCheck.Ratio($"{law}: E‖ΔΘ‖² near 4e4 / near 100", run.IncrementAt[1], run.IncrementAt[0], 1e-3, Direction.AtMost));
            if (DataSampler.IsSymmetric(law))
            {
                checks.Add(SubCheck.Mean($"{law}: E‖Θ_N − EX‖²", run.SquaredErrorAt[1], 1e-4, Direction.AtMost));
            }
        }

        return new Measurement(checks, k * samples, unmet, []);
    }
}
