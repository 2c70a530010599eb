using System.Diagnostics;
using Adam.Verification.Cli;
using Adam.Verification.Empirical.Bridge;
using Adam.Verification.Empirical.Engine.Blas;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The environment variables that choose native kernels: a malformed <c>ADAMV_OPENBLAS_CORETYPE</c> is a usage error
/// (exit 2, one line naming the variable) before any work, never an internal error; a Python child is given this
/// process's OpenBLAS kernel family and one thread, and a family the caller set is left alone.
/// </summary>
public sealed class NativeEnvironmentCliTests
{
    [Theory]
    [InlineData("Nonsense")]
    [InlineData("Sky lake;")]
    public void A_bad_kernel_family_exits_2_with_one_line(string value)
    {
        string adamv = Path.Combine(AppContext.BaseDirectory, "adamv.dll");
        var environment = new Dictionary<string, string?> { ["ADAMV_OPENBLAS_CORETYPE"] = value, ["OPENBLAS_CORETYPE"] = null };
        (int code, string output, string error) = ChildProcess.Run("dotnet", [adamv, "verify", "--budget", "quick", "--claims", "reddi-period3"], null, environment, TimeSpan.FromMinutes(2));
        Assert.True(code == ExitCodes.BadArguments, output + error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("ADAMV_OPENBLAS_CORETYPE", error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void A_python_child_gets_one_thread_and_this_process_kernel_family()
    {
        var info = new ProcessStartInfo("python3");
        info.Environment.Remove("OPENBLAS_CORETYPE");
        TorchPython.ConfigureNativeLibraries(info, singleThreaded: true);
        foreach (string variable in new[] { "OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS" })
        {
            Assert.Equal("1", info.Environment[variable]);
        }

        if (Gemm.OpenBlasCore.Core is { } core)
        {
            Assert.Equal(core, info.Environment["OPENBLAS_CORETYPE"]);
        }
        else
        {
            Assert.False(info.Environment.ContainsKey("OPENBLAS_CORETYPE"));
        }

        var yours = new ProcessStartInfo("python3");
        yours.Environment["OPENBLAS_CORETYPE"] = "Haswell";
        yours.Environment.Remove("OMP_NUM_THREADS");
        TorchPython.ConfigureNativeLibraries(yours, singleThreaded: false);
        Assert.Equal("Haswell", yours.Environment["OPENBLAS_CORETYPE"]);
        Assert.False(yours.Environment.ContainsKey("OMP_NUM_THREADS"));
    }
}
