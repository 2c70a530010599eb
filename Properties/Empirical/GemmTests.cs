using FsCheck;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// The two GEMM backends against a plain triple loop in double, for all four transpose combinations, α/β, and shapes
/// that leave vector tails; OpenBLAS must be present in CI (CI=true), elsewhere its half is reported and skipped.
/// </summary>
public sealed class GemmTests
{
    [SeededProperty(Cases = 60)]
    public Property Managed_and_OpenBlas_products_agree_with_the_definition()
    {
        bool blas = Gemm.OpenBlasAvailable;
        if (!blas && ContinuousIntegration.IsOn)
        {
            Assert.Fail("CI=true but libopenblas.so.0 is missing: .ci/run installs libopenblas0-pthread.");
        }

        return Replayable.ForAll(Seeded.Arbitrary(Draw), c =>
        {
            var random = new SeededRandom(c.Seed);
            double[] a = Fill(random, c.M * c.K);
            double[] b = Fill(random, c.K * c.N);
            double[] c0 = Fill(random, c.M * c.N);
            double[] expected = Definition(c, a, b, c0);
            foreach (GemmBackend backend in blas ? new[] { GemmBackend.Managed, GemmBackend.OpenBlas } : [GemmBackend.Managed])
            {
                double[] actual = (double[])c0.Clone();
                Gemm.Multiply(backend, c.TransA, c.TransB, c.M, c.N, c.K, c.Alpha, a, b, c.Beta, actual);
                for (int i = 0; i < actual.Length; i++)
                {
                    Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-12 * (c.K + 1), $"{c} {backend}: C[{i}] = {actual[i]:R}, definition {expected[i]:R}");
                }

                float[] single = c0.Select(x => (float)x).ToArray();
                Gemm.Multiply(backend, c.TransA, c.TransB, c.M, c.N, c.K, (float)c.Alpha, a.Select(x => (float)x).ToArray(), b.Select(x => (float)x).ToArray(), (float)c.Beta, single);
                for (int i = 0; i < single.Length; i++)
                {
                    Assert.True(Math.Abs(single[i] - expected[i]) <= 1e-5 * (c.K + 1), $"{c} {backend} float32: C[{i}] = {single[i]:R}, definition {expected[i]:R}");
                }
            }
        });
    }

    [Fact]
    public void OpenBlas_runs_at_one_thread_so_results_do_not_depend_on_the_cores()
    {
        if (!Gemm.OpenBlasAvailable)
        {
            Assert.False(ContinuousIntegration.IsOn, "CI=true but libopenblas.so.0 is missing: .ci/run installs libopenblas0-pthread.");
            return;
        }

        // OpenBLAS's threaded sgemm rounds differently with the thread count, so a pool sized by the machine (or
        // resized by a benchmark run earlier in the process) would change every float result of the engine.
        float[] a = Enumerable.Range(0, 512 * 512).Select(i => MathF.Sin(i * 0.37f)).ToArray();
        var c = new float[512 * 512];
        Gemm.Multiply(GemmBackend.OpenBlas, false, true, 512, 512, 512, 1f, a, a, 0f, c);
        Assert.Equal(1, Gemm.OpenBlasThreads);
    }

    private static double[] Definition(GemmCase c, double[] a, double[] b, double[] c0)
    {
        var result = new double[c.M * c.N];
        for (int i = 0; i < c.M; i++)
        {
            for (int j = 0; j < c.N; j++)
            {
                double sum = 0;
                for (int p = 0; p < c.K; p++)
                {
                    double aip = c.TransA ? a[(p * c.M) + i] : a[(i * c.K) + p];
                    double bpj = c.TransB ? b[(j * c.K) + p] : b[(p * c.N) + j];
                    sum += aip * bpj;
                }

                result[(i * c.N) + j] = (c.Alpha * sum) + (c.Beta * c0[(i * c.N) + j]);
            }
        }

        return result;
    }

    private static double[] Fill(SeededRandom random, int length) => Enumerable.Range(0, length).Select(_ => random.Normal()).ToArray();

    private static GemmCase Draw(SeededRandom random) =>
        new(random.NextInt(1, 70), random.NextInt(1, 70), random.NextInt(1, 300), random.Bernoulli(0.5), random.Bernoulli(0.5),
            random.Choose([1.0, -0.5, 2.0]), random.Choose([0.0, 1.0, 0.25]), random.NextSeed());

    private sealed record GemmCase(int M, int N, int K, bool TransA, bool TransB, double Alpha, double Beta, ulong Seed);
}
