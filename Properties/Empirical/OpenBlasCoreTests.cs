using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Empirical;

/// <summary>
/// OpenBLAS kernel selection: the best family the CPU's features support is asked for before the library loads,
/// the user's OPENBLAS_CORETYPE and ADAMV_OPENBLAS_CORETYPE override it, and the request reaches the native library
/// (the family OpenBLAS reports running is the one asked for, where nobody overrode it).
/// </summary>
public sealed class OpenBlasCoreTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("GenuineIntel", true, true, true, "SkylakeX")]
    [InlineData("AuthenticAMD", true, true, true, "SkylakeX")]
    [InlineData("AuthenticAMD", true, true, false, "Zen")]
    [InlineData("GenuineIntel", true, true, false, "Haswell")]
    [InlineData("GenuineIntel", true, false, false, "Sandybridge")]
    [InlineData("GenuineIntel", false, false, false, null)]
    [InlineData("", false, false, false, null)]
    public void The_best_family_the_features_support_is_asked_for(string vendor, bool avx, bool avx2, bool avx512, string? expected)
    {
        OpenBlasCoreChoice choice = OpenBlasCoreChoice.For(new CpuFeatures(vendor, avx, avx2, avx512), Env());
        Assert.Equal(expected, choice.Core);
    }

    [Fact]
    public void The_users_choice_wins_and_a_bad_one_is_refused()
    {
        var cpu = new CpuFeatures("GenuineIntel", true, true, true);
        OpenBlasCoreChoice yours = OpenBlasCoreChoice.For(cpu, Env(("OPENBLAS_CORETYPE", "Haswell"), ("ADAMV_OPENBLAS_CORETYPE", "Zen")));
        Assert.Null(yours.Core);
        Assert.Contains("OPENBLAS_CORETYPE=Haswell (yours)", yours.Reason, StringComparison.Ordinal);
        Assert.Null(OpenBlasCoreChoice.For(cpu, Env(("ADAMV_OPENBLAS_CORETYPE", "library"))).Core);
        Assert.Equal("Cooperlake", OpenBlasCoreChoice.For(cpu, Env(("ADAMV_OPENBLAS_CORETYPE", "Cooperlake"))).Core);
        Assert.Equal("SkylakeX", OpenBlasCoreChoice.For(cpu, Env(("ADAMV_OPENBLAS_CORETYPE", "skylakex"))).Core);
        foreach (string bad in new[] { "Sky lake;", "Nonsense" })
        {
            var e = Assert.Throws<ArgumentException>(() => OpenBlasCoreChoice.For(cpu, Env(("ADAMV_OPENBLAS_CORETYPE", bad))));
            Assert.Contains("ADAMV_OPENBLAS_CORETYPE", e.Message, StringComparison.Ordinal);
            Assert.Contains(bad, e.Message, StringComparison.Ordinal);
        }

        // Set but empty: OpenBLAS detects by itself (setenv does not overwrite it), and the reason says so.
        OpenBlasCoreChoice empty = OpenBlasCoreChoice.For(cpu, Env(("OPENBLAS_CORETYPE", "")));
        Assert.Null(empty.Core);
        Assert.Contains("set, empty", empty.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_family_asked_for_is_the_family_openblas_runs()
    {
        if (!Gemm.OpenBlasAvailable)
        {
            Assert.False(ContinuousIntegration.IsOn, "CI=true but libopenblas.so.0 is missing: .ci/run installs libopenblas0-pthread.");
            return;
        }

        OpenBlasCoreChoice choice = Gemm.OpenBlasCore;
        if (choice.Core is null)
        {
            return; // the user chose (OPENBLAS_CORETYPE or ADAMV_OPENBLAS_CORETYPE=library), or the CPU has no AVX
        }

        // Set through the C environment before the library loaded; Environment.SetEnvironmentVariable would not reach
        // OpenBLAS's getenv, and on a CPU model OpenBLAS does not know it would run a generic family instead.
        Assert.Equal($"OpenBLAS {choice.Core}", Gemm.Arithmetic, ignoreCase: true);
        Assert.DoesNotContain(OpenBlasCoreChoice.Generic, g => Gemm.Arithmetic.EndsWith(" " + g, StringComparison.OrdinalIgnoreCase));
    }
}
