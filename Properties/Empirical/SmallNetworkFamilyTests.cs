using FsCheck;
using Adam.Verification.Empirical.Engine.Layers;
using Adam.Verification.Empirical.Generated;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The generated family of small smooth networks: draws stay in the stated ranges, a spec rebuilds the same objective
/// and start, the loss is ≥ 0 (the known L* bound), and the exact gradient and Hessian-vector product of the family's
/// objectives (with the L2 penalty and the smooth activations) agree with central differences; the activations'
/// closed-form derivatives agree with differences of their values.
/// </summary>
public sealed class SmallNetworkFamilyTests
{
    [SeededProperty(Cases = 30)]
    public Property Draws_lie_in_the_stated_ranges_and_rebuild_identically()
    {
        return Replayable.ForAll(Seeded.Arbitrary(SmallNetworkSpec.Draw), spec =>
        {
            Assert.InRange(spec.Depth, 1, 3);
            Assert.InRange(spec.Width, 2, 32);
            Assert.Contains(spec.Activation, SmallNetworkSpec.SmoothActivations);
            Assert.InRange(spec.Inputs, 2, 8);
            Assert.InRange(spec.Classes, 2, 4);
            Assert.InRange(spec.Samples, 8, 64);
            Assert.InRange(spec.LabelNoise, 0, 0.3);
            Assert.True(spec.L2 == 0 || spec.L2 is >= 1e-4 and <= 1e-2, $"λ = {spec.L2}");

            GeneratedNetwork a = spec.Build(), b = spec.Build();
            Assert.Equal(a.Start, b.Start);
            Assert.Equal(a.Description, b.Description);
            Assert.Equal(a.Objective.Value(a.Start), b.Objective.Value(b.Start));
            Assert.True(a.Objective.Value(a.Start) >= 0);
            Assert.Equal(0, a.Objective.Facts.OptimalValue);
            Assert.False(a.Objective.Facts.OptimalValueIsExact);
            Assert.Null(a.Objective.Facts.SmoothnessK);
        });
    }

    [SeededProperty(Cases = 20)]
    public Property The_gradient_and_hessian_vector_product_match_central_differences()
    {
        return Replayable.ForAll(Seeded.Arbitrary(r => (Spec: SmallNetworkSpec.Draw(r), Direction: r.NextSeed())), c =>
        {
            GeneratedNetwork network = c.Spec.Build();
            IObjective f = network.Objective;
            int d = f.Dimension;
            var random = new SeededRandom(c.Direction);
            double[] w = network.Start, v = [.. Enumerable.Range(0, d).Select(_ => random.Normal())];
            var gradient = new double[d];
            var product = new double[d];
            f.Gradient(w, gradient);
            f.HessianVectorProduct(w, v, product);
            const double h = 1e-5;
            double slope = (f.Value(Shift(w, v, h)) - f.Value(Shift(w, v, -h))) / (2 * h);
            double directional = gradient.Zip(v, (g, x) => g * x).Sum();
            Assert.True(Math.Abs(slope - directional) <= 1e-6 * (1 + Math.Abs(directional)), $"{c.Spec}: ⟨∇L, v⟩ = {directional:R}, difference {slope:R}");

            var plus = new double[d];
            var minus = new double[d];
            f.Gradient(Shift(w, v, h), plus);
            f.Gradient(Shift(w, v, -h), minus);
            double scale = 1 + product.Max(Math.Abs);
            for (int i = 0; i < d; i++)
            {
                double difference = (plus[i] - minus[i]) / (2 * h);
                Assert.True(Math.Abs(difference - product[i]) <= 1e-6 * scale, $"{c.Spec}: (Hv)_{i} = {product[i]:R}, difference {difference:R}");
            }
        });
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Softplus)]
    [InlineData(Activation.Gelu)]
    public void Each_activation_has_its_derivatives(Activation activation)
    {
        const double h = 1e-5;
        foreach (double x in new[] { -30, -4, -1.3, -1e-3, 0, 2e-3, 0.7, 2.5, 30 })
        {
            (double value, double first, double second) = ActivationCurves.Evaluate(activation, x);
            Assert.True(double.IsFinite(value) && double.IsFinite(first) && double.IsFinite(second), $"{activation}({x})");
            double d1 = (ActivationCurves.Evaluate(activation, x + h).Value - ActivationCurves.Evaluate(activation, x - h).Value) / (2 * h);
            double d2 = (ActivationCurves.Evaluate(activation, x + h).First - ActivationCurves.Evaluate(activation, x - h).First) / (2 * h);
            Assert.True(Math.Abs(d1 - first) <= 1e-7 * (1 + Math.Abs(first)), $"{activation}'({x}) = {first:R}, difference {d1:R}");
            Assert.True(Math.Abs(d2 - second) <= 1e-7 * (1 + Math.Abs(second)), $"{activation}''({x}) = {second:R}, difference {d2:R}");
        }

        Assert.Throws<ArgumentException>(() => new SmoothActivationLayer<double>(Activation.Relu, 3));
    }

    private static double[] Shift(double[] w, double[] v, double h) => [.. w.Zip(v, (a, b) => a + (h * b))];
}
