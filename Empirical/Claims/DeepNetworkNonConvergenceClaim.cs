using System.Globalization;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Generated;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Statistics;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// <c>deep-network-nonconvergence</c> (Dereich, Graeber &amp; Jentzen, arXiv 2407.08100, Theorem 1.2 as summarised
/// [SEC]; measurement [REC]; docs/claims.md#deep-network-nonconvergence), statistical, expected Held, on networks only:
/// mini-batch Adam with a constant rate does not converge on a non-interpolating network problem. For each of
/// <see cref="NetworkCount"/> networks drawn from the generated family, with a quarter of its points repeated under a
/// different label (<see cref="SmallNetworkSpec.Conflicts"/>: L* ≥ 2·ln 2·conflicts/n &gt; 0), and a batch size
/// J ~ U{1, …, 8}, paths of Adam (β = (0.9, 0.999), ε = 1e-8, γ = 1e-3, batches drawn with replacement, a fresh
/// sampling stream per path from the same w_0) run N = 2,000 steps. Per path, s_n = ‖Θ_n − Θ_(n−1)‖²/(γ²d) is averaged
/// over the window n ∈ (1200, 1600] and the late window n ∈ (1600, 2000]. Asserted per network, with the margins of
/// <see cref="StatisticalClaim"/>: the mean late window is ≥ 0.01 (E‖ΔΘ‖² ≥ 0.01·γ²d, bounded away from 0), and the
/// mean per-path ratio late/early is ≥ 0.25 (it does not collapse). By E‖ΔΘ‖² ≤ 2E‖Θ_(n+1) − ξ‖² + 2E‖Θ_n − ξ‖², the first
/// means Θ_n converges in L² to no random limit ξ. Paths per network: 24 / 64 / 256.
/// </summary>
public sealed class DeepNetworkNonConvergenceClaim : StatisticalClaim
{
    /// <summary>γ.</summary>
    public const double Rate = 1e-3;

    /// <summary>N.</summary>
    public const int Steps = 2_000;

    /// <summary>The networks drawn per run.</summary>
    public const int NetworkCount = 3;

    /// <summary>The least late-window mean of ‖ΔΘ‖²/(γ²d).</summary>
    public const double LeastScaledIncrement = 0.01;

    /// <summary>
    /// The least ratio of the late to the earlier window: increments that collapse (0.05 measured on a network that fits
    /// its labels) fail it; a slow transient (0.66 ± 0.05 measured on a width-3 softplus net) passes. The absolute bound
    /// <see cref="LeastScaledIncrement"/> carries the theorem; this one adds "not on its way to 0 fast".
    /// </summary>
    public const double LeastWindowRatio = 0.25;

    private const int Window = 400;

    /// <summary>The early window ends here, where the late one starts (windows of 400 steps keep the ratio's SE small).</summary>
    private const int EarlyWindowEnd = 1_600;

    private readonly Func<long, double> _rate;
    private readonly double _epsilon;

    /// <summary>Creates the claim.</summary>
    /// <param name="rate">n ↦ γ_n the update actually uses (default the constant γ; a decaying one plants a schedule fault).</param>
    /// <param name="epsilon">The ε the update actually uses (default 1e-8; 1 plants an update whose steps are no longer normalised).</param>
    public DeepNetworkNonConvergenceClaim(Func<long, double>? rate = null, double epsilon = 1e-8)
    {
        _rate = rate ?? (_ => Rate);
        _epsilon = epsilon;
    }

    /// <inheritdoc/>
    public override ClaimDefinition Definition { get; } = new(
        Id: "deep-network-nonconvergence",
        Citation: new("Dereich, Graeber & Jentzen, arXiv 2407.08100", "Theorem 1.2 (deep networks, as summarised)", "[SEC] statement; measurement and constants [REC]"),
        Statement: "Mini-batch Adam with a constant rate γ = 1e-3 does not converge on a non-interpolating network problem: E‖Θ_n − Θ_(n−1)‖²/(γ²d), averaged over n ∈ (1600, 2000], is at least 0.01, and the mean over paths of its ratio to the average over n ∈ (1200, 1600] is at least 0.25.",
        Hypotheses: "batches of bounded size (J ≤ 8, drawn with replacement); rates bounded away from 0 (constant); β1² < β2; a non-interpolating problem: networks of the generated family on data where a quarter of the points appear twice with different labels, so L* ≥ 2·ln 2·(copies)/n > 0 (a check on the construction: no path ends below it) and at each such input the two copies' gradients pull apart (‖p − e_a‖ + ‖p − e_b‖ ≥ √2 for the softmax output p), so the sampling noise stays away from 0. Bounded batches and a constant rate hold by construction.",
        Variant: "Kingma–Ba, β = (0.9, 0.999), ε = 1e-8, constant γ = 1e-3, PyTorch's initialisation",
        ExpectedVerdict: Verdict.Held,
        Cases: new CaseBudget(24, 64, 256))
    {
        Presets = [AdamPresets.KingmaBa],
        Objectives = ObjectiveKind.Networks,
        Networks = new(NetworkUse.Checked, "runs only on generated networks: the network form of nonvanishing-rate-nonconvergence, without its d = 1 constant."),
    };

    /// <inheritdoc/>
    public override IReadOnlyList<PlantedFault> PlantedFaults =>
    [
        new PlantedFault("the rate decays like γ/√n although the statement's is constant", FaultTarget.Schedule, () => new DeepNetworkNonConvergenceClaim(rate: n => Rate / Math.Sqrt(n))),
        new PlantedFault("ε = 1 in the update (steps no longer normalised by √v̂: below the statement's constant 0.01·γ²d)", FaultTarget.Update, () => new DeepNetworkNonConvergenceClaim(epsilon: 1)),
    ];

    /// <inheritdoc/>
    protected override Measurement Measure(ClaimRunSettings settings, int samples)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<SubCheck>();
        var notes = new List<string>();
        var unmet = new List<string>();
        var draws = new SeededRandom(SeededRandom.DeriveSeed(settings.Seed, 0));
        for (int k = 0; k < NetworkCount; k++)
        {
            SmallNetworkSpec spec = SmallNetworkSpec.Draw(draws).NonInterpolating();

            int batch = draws.NextInt(1, 8);
            Network<double> network = spec.Network();
            LabelledData<double> data = spec.Data();
            double[] start = spec.Start(network);
            var late = new double[samples];
            var ratio = new double[samples];
            double finalLoss = 0, lowestLoss = double.PositiveInfinity;
            for (int p = 0; p < samples; p++)
            {
                var path = new SeededRandom(SeededRandom.DeriveSeed(settings.Seed, (ulong)((k * 1_000_000) + p + 1)));
                (double early, late[p], double loss) = RunPath(network, data, start, spec.L2, batch, path);
                ratio[p] = late[p] / early;
                finalLoss += loss / samples;
                lowestLoss = Math.Min(lowestLoss, loss);
            }

            string name = string.Create(CultureInfo.InvariantCulture, $"network {k + 1} ({spec.Describe()}, J = {batch})");

            // A check on the construction (the bound holds at every w, so only broken data or a broken loss can fail it):
            // no path ends below the bound on L*.
            if (lowestLoss < spec.OptimalValueBound * (1 - 1e-9))
            {
                unmet.Add(string.Create(CultureInfo.InvariantCulture, $"network {k + 1}: a path ended at loss {lowestLoss:G4}, below the bound {spec.OptimalValueBound:G4} on L*, so the problem is not the non-interpolating one stated"));
            }

            checks.Add(SubCheck.Mean($"{name}: late E‖ΔΘ‖²/(γ²d)", MonteCarloSummary.Of(late), LeastScaledIncrement, Direction.AtLeast));
            checks.Add(SubCheck.Mean($"{name}: late/early window", MonteCarloSummary.Of(ratio), LeastWindowRatio, Direction.AtLeast));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"network {k + 1}: mean full-batch loss after N steps {finalLoss:G4}"));
        }

        return new Measurement(checks, NetworkCount * samples, unmet, notes);
    }

    private (double Early, double Late, double FinalLoss) RunPath(Network<double> network, LabelledData<double> data, double[] start, double l2, int batch, SeededRandom random)
    {
        double[] w = [.. start];
        int d = w.Length, inputs = data.InputSize;
        var adam = new AdamOptimizer(new AdamOptions(alpha: Rate, beta1: 0.9, beta2: 0.999, epsilon: _epsilon), d);
        var gradient = new double[d];
        var previous = new double[d];
        var x = new double[batch * inputs];
        var labels = new int[batch];
        double early = 0, late = 0;
        for (int n = 1; n <= Steps; n++)
        {
            for (int j = 0; j < batch; j++)
            {
                int s = random.NextInt(data.Count);
                Array.Copy(data.Inputs, s * inputs, x, j * inputs, inputs);
                labels[j] = data.Labels[s];
            }

            network.Gradient(w, new LabelledData<double>(x, labels, inputs, data.Classes), gradient);
            for (int i = 0; i < d; i++)
            {
                gradient[i] += l2 * w[i];
            }

            w.CopyTo(previous, 0);
            adam.Step(w, gradient, _rate(n));
            double step = 0;
            for (int i = 0; i < d; i++)
            {
                double delta = w[i] - previous[i];
                step += delta * delta;
            }

            step /= Rate * Rate * d;
            if (n > EarlyWindowEnd - Window && n <= EarlyWindowEnd)
            {
                early += step / Window;
            }
            else if (n > Steps - Window)
            {
                late += step / Window;
            }
        }

        return (early, late, network.Loss(w, data));
    }
}
