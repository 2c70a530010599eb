using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Counterexamples.NonConvergence;

/// <summary>
/// <c>nonvanishing-rate-nonconvergence</c> (Dereich, Graeber &amp; Jentzen, arXiv 2407.08100, Thm 1.1 as reconstructed
/// [REC]; docs/claims.md#nonvanishing-rate-nonconvergence), statistical, expected Held: with a constant rate γ = 0.01,
/// β = (0.9, 0.999), ε = 1e-8, the Monte Carlo mean over paths of E‖Θ_n − Θ_(n−1)‖², averaged over n ∈ (N/2, N] with
/// N = 4·10⁴, lies inside [0.7, 1.3]·γ²d(1−β1)/(1+β1), and E‖Θ_n − EX‖² does not decrease: its mean over
/// n ∈ (3.6·10⁴, 4·10⁴] is at least half its mean over n ∈ (4.5·10³, 5·10³] (window means; a single n is too noisy).
/// By E‖ΔΘ‖² ≤ 2E‖Θ_{n+1} − ξ‖² + 2E‖Θ_n − ξ‖², the first bound means Θ_n converges in L² to no random limit ξ.
/// Configurations: X ~ N(0,1), Bernoulli(0.2), Exp(1), each with J ∈ {1, 8}. Paths: 400 / 1,000 / 4,000.
/// </summary>
public sealed class NonVanishingRateNonConvergenceClaim : StatisticalClaim
{
    /// <summary>γ.</summary>
    public const double Rate = 0.01;

    /// <summary>N.</summary>
    public const long Steps = 40_000;

    /// <summary>The β1 of the statement (and of the prediction γ²d(1−β1)/(1+β1)).</summary>
    public const double Beta1 = 0.9;

    /// <summary>The least ratio of the late to the early squared-error window mean ("does not decrease").</summary>
    public const double LeastErrorRatio = 0.5;

    private readonly double _predictionFactor;
    private readonly double _updateBeta1;

    /// <summary>Creates the claim.</summary>
    /// <param name="predictionFactor">Multiplies γ²d(1−β1)/(1+β1) (1; 19 plants the prediction without its (1−β1)/(1+β1)).</param>
    /// <param name="updateBeta1">The β1 the update actually uses (0.9; 0 plants an update that dropped momentum).</param>
    public NonVanishingRateNonConvergenceClaim(double predictionFactor = 1, double updateBeta1 = Beta1)
    {
        _predictionFactor = predictionFactor;
        _updateBeta1 = updateBeta1;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "nonvanishing-rate-nonconvergence",
        Citation: new("Dereich, Graeber & Jentzen, arXiv 2407.08100", "Theorem 1.1 (as reconstructed)", "[REC]; heuristic constant γ²d(1−β1)/(1+β1) [REC]"),
        Statement: "With learning rates bounded away from zero (γ = 0.01), Adam does not converge: E‖Θ_n − Θ_(n−1)‖² over n ∈ (2e4, 4e4] stays within [0.7, 1.3]·γ²d(1−β1)/(1+β1) and E‖Θ_n − EX‖² does not decrease (its window mean near n = 4e4 is at least half that near 5e3).",
        Hypotheses: "ℓ(θ, x) = ‖θ − x‖², d = 1, X i.i.d. with E‖X‖² < ∞ and not a.s. constant; sup J < ∞; liminf γ_n > 0; β1² < β2.",
        Variant: "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, constant γ = 0.01, Θ0 = 0",
        ExpectedVerdict: Verdict.Held,
        Cases: CaseBudget.Of(level => PathsFor(level)))
    {
        Presets = [AdamPresets.KingmaBa],
        Networks = new(NetworkUse.NotApplicable, "its statement is the d = 1 quadratic loss with the constant γ²d(1−β1)/(1+β1); the network statement of the same paper (Thm 1.2) is the claim deep-network-nonconvergence, which runs on generated networks."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the update drops momentum (β1 = 0) while the statement assumes 0.9", FaultTarget.Update, () => new NonVanishingRateNonConvergenceClaim(updateBeta1: 0), Cases: 50),
        new PlantedFault("the prediction without its (1−β1)/(1+β1)", FaultTarget.Oracle, () => new NonVanishingRateNonConvergenceClaim(predictionFactor: 19), Cases: 50),
    ];

    /// <summary>Paths for a budget.</summary>
    public static int PathsFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 400,
        BudgetLevel.Standard => 1_000,
        _ => 4_000,
    };

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples) =>
        MeasureNonConvergence(new ConstantSchedule(Rate), new ConstantSchedule(Rate), _updateBeta1, _predictionFactor, settings, samples);

    /// <summary>
    /// The measurement this claim and positive-limit-rate-nonconvergence share, for the rates <paramref name="stated"/>:
    /// on the six configurations (three data laws × J ∈ {1, 8}), the window mean over n ∈ (N/2, N] of E‖Θ_n − Θ_(n−1)‖²
    /// scaled by its prediction (1/|window|)Σ_n γ_n²·d(1−β1)/(1+β1) (the stated γ_n) must lie in [0.7, 1.3], and the squared-error window
    /// near 4e4 must be at least half that near 5e3.
    /// </summary>
    /// <param name="stated">n ↦ γ_n, the rates of the statement (the prediction and the hypothesis use them).</param>
    /// <param name="used">The rates the update uses (<paramref name="stated"/>, or another schedule planting a fault).</param>
    /// <param name="updateBeta1">The β1 the update uses (the prediction assumes <see cref="Beta1"/>).</param>
    /// <param name="predictionFactor">Multiplies the prediction (1 for the claims; another value plants an oracle fault).</param>
    /// <param name="settings">The run settings (seed).</param>
    /// <param name="samples">Paths per configuration.</param>
    public static Measurement MeasureNonConvergence(IStepSchedule stated, IStepSchedule used, double updateBeta1, double predictionFactor, ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(used);
        ArgumentNullException.ThrowIfNull(settings);
        double meanSquaredRate = 0;
        for (long n = (Steps / 2) + 1; n <= Steps; n++)
        {
            meanSquaredRate += stated.Alpha(n) * stated.Alpha(n);
        }

        meanSquaredRate /= Steps - (Steps / 2);
        double predicted = predictionFactor * meanSquaredRate * (1 - Beta1) / (1 + Beta1);
        var checks = new List<SubCheck>();
        var unmet = new List<string>();
        if (!(updateBeta1 * updateBeta1 < 0.999) || !(stated.Alpha(Steps) > 0))
        {
            unmet.Add("β1² < β2 or liminf γ_n > 0 fails");
        }

        int k = 0;
        foreach (DataDistribution law in Enum.GetValues<DataDistribution>())
        {
            foreach (int batch in (int[])[1, 8])
            {
                var setup = new QuadraticDataSetup(law, batch, updateBeta1, 0.999, 1e-8, used);
                QuadraticDataRun run = QuadraticDataEnsemble.Run(setup, samples, Steps, SeededRandom.DeriveSeed(settings.Seed, (ulong)k++), [5_000, Steps]);
                string name = $"{law}, J = {batch}";
                checks.Add(SubCheck.Mean($"{name}: E‖ΔΘ‖²/prediction", run.WindowIncrement.DividedBy(predicted), 0.7, Direction.AtLeast));
                checks.Add(SubCheck.Mean($"{name}: E‖ΔΘ‖²/prediction", run.WindowIncrement.DividedBy(predicted), 1.3, Direction.AtMost));
                checks.Add(SubCheck.Ratio($"{name}: E‖Θ−EX‖² window near 4e4 / near 5e3", run.SquaredErrorWindowAt[1], run.SquaredErrorWindowAt[0], LeastErrorRatio, Direction.AtLeast));
            }
        }

        return new Measurement(checks, k * samples, unmet, []);
    }
}
