using Adam.Verification.Empirical.Claims;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Engine.Layers;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The witness of interpolation-strong-growth (docs/claims.md#interpolation-strong-growth), pinned on fixed instances:
/// with balanced classes, w = 0 is a critical point of L, the per-example variance there is (1 + H·σ(0)²)(C − 1)/C, and
/// with one point left out the ratio variance/‖∇L‖² is n(n − 2).
/// </summary>
public sealed class InterpolationStrongGrowthTests
{
    public static TheoryData<Activation, double> Activations() => new()
    {
        { Activation.Tanh, 0 },
        { Activation.Gelu, 0 },
        { Activation.Softplus, Math.Log(2) },
    };

    [Theory]
    [MemberData(nameof(Activations))]
    public void Zero_is_critical_for_the_loss_and_for_no_example(Activation activation, double sigmaAtZero)
    {
        (Network<double> network, LabelledData<double> data) = FirstFilled(seed => new InterpolatingNetworkInstance(Depth: 2, Width: 5, activation, Inputs: 3, Classes: 3, PerClass: 4, seed));
        Assert.Equal(12, data.Count);
        Assert.Equal([4, 4, 4], Enumerable.Range(0, 3).Select(c => data.Labels.Count(y => y == c)));

        (double variance, double gradient) = InterpolationStrongGrowthClaim.Spread(network, data, new double[network.ParameterCount]);
        Assert.True(gradient <= 1e-30, $"‖∇L(0)‖² = {gradient}");
        double expected = (1 + (5 * sigmaAtZero * sigmaAtZero)) * 2 / 3;
        Assert.Equal(expected, variance, expected * 1e-12);

        (double faultless, _) = InterpolationStrongGrowthClaim.Spread(network, data, new double[network.ParameterCount], fullBatchAsPerExample: true);
        Assert.Equal(0, faultless);
    }

    [Fact]
    public void One_point_left_out_makes_the_ratio_n_times_n_minus_two()
    {
        (Network<double> network, LabelledData<double> data) = FirstFilled(seed => new InterpolatingNetworkInstance(Depth: 1, Width: 4, Activation.Tanh, Inputs: 2, Classes: 4, PerClass: 3, seed));
        LabelledData<double> unbalanced = data.Select([.. Enumerable.Range(0, data.Count - 1)]);
        (double variance, double gradient) = InterpolationStrongGrowthClaim.Spread(network, unbalanced, new double[network.ParameterCount]);
        Assert.Equal(12 * 10, variance / gradient, 1e-9 * 120);
    }

    /// <summary>The network and data of the first teacher seed 1, 2, … whose labels fill every class (a quarter of teachers do not).</summary>
    private static (Network<double> Network, LabelledData<double> Data) FirstFilled(Func<ulong, InterpolatingNetworkInstance> make)
    {
        for (ulong seed = 1; seed <= 50; seed++)
        {
            InterpolatingNetworkInstance instance = make(seed);
            Network<double> network = instance.Network();
            if (instance.Data(network) is LabelledData<double> data)
            {
                return (network, data);
            }
        }

        throw new InvalidOperationException("no teacher among seeds 1–50 filled every class");
    }
}
