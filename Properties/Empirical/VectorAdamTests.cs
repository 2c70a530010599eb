using FsCheck;
using Adam.Verification.Empirical.Training;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The float32 kernel against the reference update, step by step: from the kernel's own state (widened to double)
/// the reference takes the same step, and x, m, v and the AMSGrad maximum must agree to float32 rounding
/// (16 units of 2^−24 relative to the size of the quantity and of its change). Every preset, dimensions that leave
/// a scalar tail, gradients from 1e−6 to 1e3, sign flips and zero runs.
/// </summary>
public sealed class VectorAdamTests
{
    private const double Tolerance = 16.0 / (1 << 24);

    [SeededProperty(Cases = 60)]
    public Property The_float32_kernel_equals_the_reference_step_to_float32_rounding()
    {
        return Replayable.ForAll(Seeded.Arbitrary(Draw), c =>
        {
            AdamOptions options = AdamPresets.Get(c.Preset).Template;
            var random = new SeededRandom(c.Seed);
            var kernel = new VectorAdam(options, c.Dimension);
            var x = new float[c.Dimension];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)random.Normal();
            }

            var reference = new AdamState(c.Dimension);
            var g = new float[c.Dimension];
            for (int step = 1; step <= 40; step++)
            {
                double scale = Math.Pow(10, random.Uniform(-6, 3));
                for (int i = 0; i < g.Length; i++)
                {
                    g[i] = random.Bernoulli(0.1) ? 0f : (float)(scale * random.Normal());
                }

                double alpha = c.Alpha / Math.Sqrt(step);
                double[] xRef = Widen(x);
                double[] vMax = kernel.VMax.IsEmpty ? new double[c.Dimension] : Widen(kernel.VMax);

                // The step's size before cancellation: the same update from |m| and |g| (from 0, so without decay). When
                // β1·m and (1−β1)·g nearly cancel, float32 rounding is relative to these terms, not to the small result.
                var magnitude = new AdamState(c.Dimension);
                magnitude.Load([.. Widen(kernel.M).Select(Math.Abs)], Widen(kernel.V), (double[])vMax.Clone(), kernel.T);
                double[] uncancelled = new double[c.Dimension];
                AdamUpdate.Step(options.With(weightDecay: 0), magnitude, uncancelled, [.. Widen(g).Select(Math.Abs)], alpha);
                reference.Load(Widen(kernel.M), Widen(kernel.V), vMax, kernel.T);
                AdamUpdate.Step(options, reference, xRef, Widen(g), alpha);
                double[] before = Widen(x);
                kernel.Step(x, g, alpha);
                for (int i = 0; i < x.Length; i++)
                {
                    Close($"{c} step {step} x[{i}]", xRef[i], x[i], Math.Abs(before[i]) + Math.Abs(xRef[i] - before[i]) + Math.Abs(uncancelled[i]));
                    Close($"{c} step {step} m[{i}]", reference.M[i], kernel.M[i], Math.Abs(reference.M[i]) + Math.Abs(g[i]));
                    Close($"{c} step {step} v[{i}]", reference.V[i], kernel.V[i], Math.Abs(reference.V[i]) + ((double)g[i] * g[i]));
                    if (!kernel.VMax.IsEmpty)
                    {
                        Close($"{c} step {step} s[{i}]", reference.VMax[i], kernel.VMax[i], Math.Abs(reference.VMax[i]));
                    }
                }
            }
        });
    }

    [Fact]
    public void A_non_finite_gradient_is_named_and_nothing_is_written()
    {
        var kernel = new VectorAdam(AdamPresets.PyTorchAdam.Template, 21);
        var x = Enumerable.Range(0, 21).Select(i => (float)i).ToArray();
        var g = new float[21];
        g[19] = float.NaN;
        NonFiniteGradientException e = Assert.Throws<NonFiniteGradientException>(() => kernel.Step(x, g, 0.1));
        Assert.Equal(19, e.Coordinate);
        Assert.Equal(1, e.Step);
        Assert.Equal(0, kernel.T);
        Assert.Equal(Enumerable.Range(0, 21).Select(i => (float)i), x);
        Assert.Throws<OptionValidationException>(() => new VectorAdam(new AdamOptions(projection: new Box(-1, 1)), 3));
    }

    private static void Close(string what, double expected, float actual, double scale) =>
        Assert.True(Math.Abs(actual - expected) <= Tolerance * scale + 1e-30, $"{what}: reference {expected:R}, kernel {actual:R}");

    private static double[] Widen(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }

    private static ParityCase Draw(SeededRandom random) =>
        new(random.Choose(AdamPresets.All.Select(p => p.Name).ToArray()), random.NextInt(1, 70), Math.Pow(10, random.Uniform(-4, 0)), random.NextSeed());

    private sealed record ParityCase(string Preset, int Dimension, double Alpha, ulong Seed);
}
