using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.SignRatio;

/// <summary>
/// Gradient sequences from real training: a network drawn from an <see cref="INetworkFamily"/> is trained full-batch
/// by the very Adam variant of the case (β1, β2, ε, bias correction, ε placement) with a step α ~ 10^U[−3, −1], and the
/// gradient of one coordinate j ~ U{0, …, d − 1} is recorded at every step: g_t = ∂_j L(w_{t−1}), t = 1 … T. The
/// sign-ratio bound is a statement about every sequence, so these are cases like any other; what they add is the
/// sequences training actually produces (correlated with the state, shrinking as the loss falls, of mixed sign).
/// </summary>
public static class NetworkGradientSequence
{
    /// <summary>The longest training run drawn (T ~ U[1, <see cref="MaxHorizon"/>]).</summary>
    public const int MaxHorizon = 200;

    /// <summary>The sequence and its provenance for the variant of <paramref name="options"/> (whose α is ignored).</summary>
    public static (double[] Gradients, string Source) Draw(INetworkFamily networks, AdamOptions options, int horizon, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(networks);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        GeneratedNetwork network = networks.Draw(random);
        int d = network.Objective.Dimension;
        int j = random.NextInt(d);
        double alpha = Math.Pow(10, random.Uniform(-3, -1));
        var adam = new AdamOptimizer(options, d);
        double[] w = [.. network.Start];
        var gradient = new double[d];
        var sequence = new double[horizon];
        for (int t = 0; t < horizon; t++)
        {
            network.Objective.Gradient(w, gradient);
            sequence[t] = gradient[j];
            adam.Step(w, gradient, alpha);
        }

        return (sequence, string.Create(CultureInfo.InvariantCulture, $"coordinate {j} of {d} of {network.Description}, trained by this variant with α = {alpha:G3}"));
    }
}
