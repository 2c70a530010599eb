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
        PropertyRunner.ForAll("engine-gradient", Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> network = c.Network<double>();
            LabelledData<double> data = c.Data<double>();
            double[] w = c.Point(network);
            var gradient = new double[network.ParameterCount];
            network.Gradient(w, data, gradient);
            double[] u = c.Direction(network.ParameterCount);
            double difference = (network.Loss(Shift(w, u, Step), data) - network.Loss(Shift(w, u, -Step), data)) / (2 * Step);
            double directional = gradient.Zip(u, (g, x) => g * x).Sum();
            Assert.True(Math.Abs(difference - directional) <= 1e-6 * (1 + Math.Abs(directional)), $"{c}: ⟨∇L, u⟩ = {directional:R}, difference {difference:R}");

            // Coordinate by coordinate as well: every parameter of every layer.
            for (int i = 0; i < network.ParameterCount; i++)
            {
                double[] e = new double[network.ParameterCount];
                e[i] = 1;
                double partial = (network.Loss(Shift(w, e, Step), data) - network.Loss(Shift(w, e, -Step), data)) / (2 * Step);
                Assert.True(Math.Abs(partial - gradient[i]) <= 1e-6 * (1 + Math.Abs(gradient[i])), $"{c}: ∂_{i}L = {gradient[i]:R}, difference {partial:R}");
            }
        }, cases: 40);
    }

    [Fact]
    public void The_Hessian_vector_product_matches_central_differences_of_the_gradient()
    {
        PropertyRunner.ForAll("engine-hvp", Seeded.Arbitrary(EngineCase.Draw), c =>
        {
            Network<double> network = c.Network<double>();
            LabelledData<double> data = c.Data<double>();
            double[] w = c.Point(network);
            double[] v = c.Direction(network.ParameterCount);
            var product = new double[network.ParameterCount];
            var gradient = new double[network.ParameterCount];
            network.HessianVectorProduct(w, v, data, product, gradient);
            var plus = new double[network.ParameterCount];
            var minus = new double[network.ParameterCount];
            network.Gradient(Shift(w, v, Step), data, plus);
            network.Gradient(Shift(w, v, -Step), data, minus);
            double scale = 1 + product.Max(Math.Abs);
            for (int i = 0; i < product.Length; i++)
            {
                double difference = (plus[i] - minus[i]) / (2 * Step);
                Assert.True(Math.Abs(difference - product[i]) <= 1e-6 * scale, $"{c}: (Hv)_{i} = {product[i]:R}, difference {difference:R}");
            }

            // Without a gradient buffer the parameter gradients are skipped; the product is the same.
            var alone32 = new double[network.ParameterCount];
            network.HessianVectorProduct(w, v, data, alone32);
            Assert.Equal(product, alone32);

            // The gradient returned alongside is the gradient.
            var alone = new double[network.ParameterCount];
            network.Gradient(w, data, alone);
            Assert.Equal(alone, gradient);
        }, cases: 40);
    }

    [Fact]
    public void Chunking_does_not_change_the_loss_or_the_gradient_beyond_rounding()
    {
        PropertyRunner.ForAll("engine-chunking", Seeded.Arbitrary(EngineCase.Draw), c =>
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
        }, cases: 30);
    }

    private static double[] Shift(double[] w, double[] u, double h) => w.Zip(u, (a, b) => a + (h * b)).ToArray();
}
