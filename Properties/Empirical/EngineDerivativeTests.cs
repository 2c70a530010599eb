using FsCheck;
using Adam.Verification.Empirical.Engine;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The engine's derivatives in float64: the gradient against central differences of the loss, the exact
/// Hessian-vector product against central differences of the gradient, for MLPs and for conv/max-pool nets, with
/// every layer type and chunking that splits the batch.
/// </summary>
public sealed class EngineDerivativeTests
{
    private const double Step = 1e-5;

    [Fact]
    public void The_gradient_matches_central_differences_of_the_loss()
    {
        // ReLU and max-pool make the loss piecewise smooth: a central difference whose ±h straddles a kink measures a
        // chord, not the derivative. The step shrinks until ±h lies on one smooth piece; a direction with a kink within
        // 1e-8 is skipped and counted (at most 5% of the checks may be skipped).
        int checks = 0, kinks = 0;
        Replayable.Check(Replayable.ForAll(Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> network = c.Network<double>();
            LabelledData<double> data = c.Data<double>();
            double[] w = c.Point(network);
            var gradient = new double[network.ParameterCount];
            network.Gradient(w, data, gradient);
            double Loss(double[] x) => network.Loss(x, data);
            void Check(double[] u, double expected, string what)
            {
                checks++;
                if (CentralDifference(Loss, w, u) is not double difference)
                {
                    kinks++;
                    return;
                }

                Assert.True(Math.Abs(difference - expected) <= 1e-6 * (1 + Math.Abs(expected)), $"{c}: {what} = {expected:R}, difference {difference:R}");
            }

            double[] u = c.Direction(network.ParameterCount);
            Check(u, gradient.Zip(u, (g, x) => g * x).Sum(), "⟨∇L, u⟩");

            // Coordinate by coordinate as well: every parameter of every layer.
            for (int i = 0; i < network.ParameterCount; i++)
            {
                double[] e = new double[network.ParameterCount];
                e[i] = 1;
                Check(e, gradient[i], $"∂_{i}L");
            }
        }), cases: 40);
        Assert.True(kinks <= checks / 20, $"{kinks} of {checks} difference checks straddled a kink: the check has lost its power");
    }

    /// <summary>
    /// The central difference of the gradient along <paramref name="v"/> at the largest step h ∈ {1e-5, …, 1e-8} whose
    /// forward and backward differences agree to the assertion's tolerance 1e-6·<paramref name="scale"/> in every
    /// coordinate (so a kink too small to detect is also too small to fail the check), or null (a kink within 1e-8).
    /// </summary>
    private static double[]? GradientDifference(Network<double> network, LabelledData<double> data, double[] w, double[] v, double scale)
    {
        var at = new double[network.ParameterCount];
        network.Gradient(w, data, at);
        for (double h = Step; h >= Step / 1000; h /= 10)
        {
            var plus = new double[network.ParameterCount];
            var minus = new double[network.ParameterCount];
            network.Gradient(Shift(w, v, h), data, plus);
            network.Gradient(Shift(w, v, -h), data, minus);
            bool smooth = true;
            for (int i = 0; i < at.Length && smooth; i++)
            {
                smooth = Math.Abs(((plus[i] - at[i]) / h) - ((at[i] - minus[i]) / h)) <= 1e-6 * scale;
            }

            if (smooth)
            {
                return [.. plus.Zip(minus, (p, m) => (p - m) / (2 * h))];
            }
        }

        return null;
    }

    /// <summary>
    /// The central difference of <paramref name="loss"/> at <paramref name="w"/> along <paramref name="u"/> at the largest
    /// step h ∈ {1e-5, …, 1e-8} on whose ±h the loss is smooth (the forward and backward differences agree to the
    /// assertion's tolerance 1e-6·(1 + |f'|), so a kink too small to detect is too small to fail the check:
    /// their gap is h·|f''| on a smooth piece, a jump of the slope across a kink), or null when a kink lies within 1e-8.
    /// </summary>
    private static double? CentralDifference(Func<double[], double> loss, double[] w, double[] u)
    {
        double f0 = loss(w);
        for (double h = Step; h >= Step / 1000; h /= 10)
        {
            double plus = loss(Shift(w, u, h)), minus = loss(Shift(w, u, -h));
            double forward = (plus - f0) / h, backward = (f0 - minus) / h;
            if (Math.Abs(forward - backward) <= 1e-6 * (1 + Math.Abs(forward)))
            {
                return (plus - minus) / (2 * h);
            }
        }

        return null;
    }

    [Fact]
    public void The_Hessian_vector_product_matches_central_differences_of_the_gradient()
    {
        int checks = 0, kinks = 0;
        Replayable.Check(Replayable.ForAll(Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> network = c.Network<double>();
            LabelledData<double> data = c.Data<double>();
            double[] w = c.Point(network);
            double[] v = c.Direction(network.ParameterCount);
            var product = new double[network.ParameterCount];
            var gradient = new double[network.ParameterCount];
            network.HessianVectorProduct(w, v, data, product, gradient);
            // The gradient of a ReLU/max-pool net is piecewise smooth along v: the step shrinks until ±h lies on one
            // smooth piece (forward and backward differences of the gradient agree); a kink within 1e-8 skips the case.
            checks++;
            double scale = 1 + product.Max(Math.Abs);
            if (GradientDifference(network, data, w, v, scale) is not double[] difference)
            {
                kinks++;
                return;
            }

            for (int i = 0; i < product.Length; i++)
            {
                Assert.True(Math.Abs(difference[i] - product[i]) <= 1e-6 * scale, $"{c}: (Hv)_{i} = {product[i]:R}, difference {difference[i]:R}");
            }

            // Without a gradient buffer the parameter gradients are skipped; the product is the same.
            var alone32 = new double[network.ParameterCount];
            network.HessianVectorProduct(w, v, data, alone32);
            Assert.Equal(product, alone32);

            // The gradient returned alongside is the gradient.
            var alone = new double[network.ParameterCount];
            network.Gradient(w, data, alone);
            Assert.Equal(alone, gradient);
        }), cases: 40);
        Assert.True(kinks <= checks / 5, $"{kinks} of {checks} cases had a kink within 1e-8 of the point: the check has lost its power");
    }

    [SeededProperty(Cases = 30)]
    public Property Chunking_does_not_change_the_loss_or_the_gradient_beyond_rounding()
    {
        return Replayable.ForAll(Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> chunked = c.Network<double>();
            Network<double> whole = (c with { Chunk = 64 }).Network<double>();
            LabelledData<double> data = c.Data<double>();
            double[] w = c.Point(chunked);
            var g1 = new double[chunked.ParameterCount];
            var g2 = new double[whole.ParameterCount];
            double l1 = chunked.Gradient(w, data, g1);
            double l2 = whole.Gradient(w, data, g2);
            Assert.Equal(l2, l1, 1e-12);
            Assert.All(g1.Zip(g2), p => Assert.Equal(p.Second, p.First, 1e-12));
        });
    }

    private static double[] Shift(double[] w, double[] u, double h) => w.Zip(u, (a, b) => a + (h * b)).ToArray();
}
