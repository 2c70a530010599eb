using System.Numerics;
using System.Runtime.InteropServices;
using Adam.Verification.Empirical.Engine.Blas;

namespace Adam.Verification.Suite.Reporting;

/// <summary>
/// The platform facts that decide floating-point rounding in a run: the process architecture, the width of
/// <see cref="Vector{T}"/> (the vectorised kernels' summation order) and the GEMM arithmetic
/// (<see cref="Gemm.Arithmetic"/>). <c>verify --json</c> records it in every entry so that <c>adamv merge</c> can say
/// when shards ran on platforms whose results need not agree bit for bit.
/// </summary>
public static class RunPlatform
{
    /// <summary>This process's platform, e.g. "X64, Vector 256-bit, GEMM OpenBLAS Haswell".</summary>
    /// <exception cref="ArgumentException">An ADAMV_ environment variable that chooses the GEMM is malformed (a
    /// usage error, exit 2).</exception>
    public static string Current => Once.Value;

    private static readonly Lazy<string> Once = new(() => $"{RuntimeInformation.ProcessArchitecture}, Vector {Vector<byte>.Count * 8}-bit, GEMM {Describe()}");

    private static string Describe()
    {
        try
        {
            return Gemm.Arithmetic;
        }
        catch (InvalidOperationException e)
        {
            return $"unavailable ({e.Message})";
        }
    }
}
