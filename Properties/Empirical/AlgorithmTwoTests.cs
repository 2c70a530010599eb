using FsCheck;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Empirical.Experiments;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// Algorithm 2 of arXiv 2309.08339 on small networks (through the network objective, exact HVP): K̂ is the maximum
/// of its own samples and never exceeds it, the running maximum never decreases, the same seed gives the same K̂,
/// and every sample's power-iteration value lies between max_i |H_ii| and ‖H‖_F of the dense Hessian at that point.
/// Also: the float32 network's gradient agrees with the float64 one to single precision.
/// </summary>
public sealed class AlgorithmTwoTests
{
    [SeededProperty(Cases = 25)]
    public Property K_hat_is_its_own_sampled_maximum_reproducible_and_bracketed_by_the_dense_Hessian()
    {
        return Replayable.ForAll(Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> network = c.Network<double>();
            var objective = new NetworkObjective<double>(network, c.Data<double>());
            var w = new InitialisationDistribution<double>(network, 2);
            var options = new PowerIterationOptions(1e-12, 3000);
            LipschitzEstimate first = LipschitzEstimator.Estimate(objective, w, 4, new SeededRandom(c.Seed), options);
            LipschitzEstimate again = LipschitzEstimator.Estimate(objective, w, 4, new SeededRandom(c.Seed), options);
            Assert.Equal(first.PerSample, again.PerSample);
            Assert.Equal(first.PerSample.Max(), first.KHat);
            for (int n = 1; n < first.RunningMax.Length; n++)
            {
                Assert.True(first.RunningMax[n] >= first.RunningMax[n - 1]);
            }

            // The witness is the sample that gave K̂: bracket its value by the dense Hessian there.
            int d = objective.Dimension;
            var e = new double[d];
            var column = new double[d];
            double frobenius = 0, diagonal = 0;
            for (int j = 0; j < d; j++)
            {
                Array.Clear(e);
                e[j] = 1;
                objective.HessianVectorProduct(first.Witness, e, column);
                frobenius += column.Sum(x => x * x);
                diagonal = Math.Max(diagonal, Math.Abs(column[j]));
            }

            Assert.True(first.KHat <= Math.Sqrt(frobenius) * (1 + 1e-9), $"{c}: K̂ {first.KHat} above ‖H‖_F {Math.Sqrt(frobenius)}");
            Assert.True(first.KHat >= diagonal * (1 - 1e-6), $"{c}: K̂ {first.KHat} below max |H_ii| {diagonal}");
        });
    }

    [SeededProperty(Cases = 30)]
    public Property The_float32_gradient_agrees_with_the_float64_gradient()
    {
        return Replayable.ForAll(Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> wide = c.Network<double>();
            Network<float> narrow = c.Network<float>();
            double[] w = c.Point(wide);
            float[] w32 = w.Select(x => (float)x).ToArray();
            var g = new double[wide.ParameterCount];
            var g32 = new float[narrow.ParameterCount];
            double loss = wide.Gradient(w32.Select(x => (double)x).ToArray(), c.Data<float>() is var d32 ? Widen(d32) : null!, g);
            double loss32 = narrow.Gradient(w32, d32, g32);
            double scale = 1 + g.Max(Math.Abs);
            Assert.True(Math.Abs(loss - loss32) <= 1e-5 * (1 + Math.Abs(loss)), $"{c}: loss {loss} vs {loss32}");
            Assert.All(g.Zip(g32), p => Assert.True(Math.Abs(p.First - p.Second) <= 1e-4 * scale, $"{c}: {p.First} vs {p.Second}"));
        });
    }

    private static LabelledData<double> Widen(LabelledData<float> data) =>
        new(data.Inputs.Select(x => (double)x).ToArray(), data.Labels, data.InputSize, data.Classes);
}
