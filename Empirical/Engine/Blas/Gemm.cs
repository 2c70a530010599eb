using System.Numerics;
using System.Runtime.InteropServices;

namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>
/// The engine's matrix product, row-major: C (m×n) = α·op(A)·op(B) + β·C, op(A) m×k, op(B) k×n, with leading
/// dimensions implied by the shapes (lda = k or m, ldb = n or k, ldc = n). OpenBLAS when <c>libopenblas.so.0</c> is
/// present, otherwise <see cref="ManagedGemm"/>, announced once by <see cref="Notice"/>. Environment variable
/// <c>ADAMV_GEMM=managed</c> forces the fallback; <c>ADAMV_GEMM=openblas</c> makes a missing OpenBLAS an error.
/// </summary>
public static class Gemm
{
    private static readonly Lazy<(GemmBackend Backend, string Notice)> Selected = new(Select);

    /// <summary>The backend in use.</summary>
    public static GemmBackend Backend => Selected.Value.Backend;

    /// <summary>One line saying which backend is in use and, for the fallback, why.</summary>
    public static string Notice => Selected.Value.Notice;

    /// <summary>Whether OpenBLAS can be loaded on this machine (whatever backend is selected).</summary>
    public static bool OpenBlasAvailable => OpenBlasNative.TryLoad(out _);

    /// <summary>
    /// The threads OpenBLAS uses: always 1, so that results do not depend on the machine's cores (see
    /// <see cref="OpenBlasNative"/>); 0 when OpenBLAS is absent. The managed backend's results never depend on them.
    /// </summary>
    public static int OpenBlasThreads => OpenBlasNative.Threads;

    /// <summary>
    /// What fixes the products' rounding on this machine: "managed", or "OpenBLAS" with the kernel family it chose for
    /// this CPU (e.g. "OpenBLAS Haswell"). Two machines that agree on it (and on the vector width) compute the same bits.
    /// </summary>
    public static string Arithmetic => Backend == GemmBackend.OpenBlas ? $"OpenBLAS {OpenBlasNative.CoreName}" : "managed";

    /// <summary>The OpenBLAS kernel family asked for before the library loaded, and why (<see cref="OpenBlasCoreChoice.For"/>).</summary>
    public static OpenBlasCoreChoice OpenBlasCore => OpenBlasNative.Choice;

    /// <summary>C = α·op(A)·op(B) + β·C on the selected backend.</summary>
    public static void Multiply<T>(bool transA, bool transB, int m, int n, int k, T alpha, ReadOnlySpan<T> a, ReadOnlySpan<T> b, T beta, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        Multiply(Backend, transA, transB, m, n, k, alpha, a, b, beta, c);

    /// <summary>C = α·op(A)·op(B) + β·C on the named backend (the parity tests compare the two).</summary>
    public static unsafe void Multiply<T>(GemmBackend backend, bool transA, bool transB, int m, int n, int k, T alpha, ReadOnlySpan<T> a, ReadOnlySpan<T> b, T beta, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (a.Length < m * k || b.Length < k * n || c.Length < m * n)
        {
            throw new ArgumentException($"GEMM shapes m={m}, n={n}, k={k} need |A| ≥ {m * k}, |B| ≥ {k * n}, |C| ≥ {m * n}; got {a.Length}, {b.Length}, {c.Length}.");
        }

        if (m == 0 || n == 0)
        {
            return;
        }

        if (backend == GemmBackend.Managed || k == 0)
        {
            ManagedGemm.Multiply(transA, transB, m, n, k, alpha, a, b, beta, c);
            return;
        }

        int lda = transA ? m : k;
        int ldb = transB ? k : n;
        if (typeof(T) == typeof(float))
        {
            fixed (float* pa = MemoryMarshal.Cast<T, float>(a), pb = MemoryMarshal.Cast<T, float>(b), pc = MemoryMarshal.Cast<T, float>(c))
            {
                OpenBlasNative.Sgemm(transA, transB, m, n, k, float.CreateTruncating(alpha), pa, lda, pb, ldb, float.CreateTruncating(beta), pc, n);
            }
        }
        else if (typeof(T) == typeof(double))
        {
            fixed (double* pa = MemoryMarshal.Cast<T, double>(a), pb = MemoryMarshal.Cast<T, double>(b), pc = MemoryMarshal.Cast<T, double>(c))
            {
                OpenBlasNative.Dgemm(transA, transB, m, n, k, double.CreateTruncating(alpha), pa, lda, pb, ldb, double.CreateTruncating(beta), pc, n);
            }
        }
        else
        {
            ManagedGemm.Multiply(transA, transB, m, n, k, alpha, a, b, beta, c);
        }
    }

    private static (GemmBackend, string) Select()
    {
        string? forced = Environment.GetEnvironmentVariable("ADAMV_GEMM")?.Trim().ToLowerInvariant();
        bool present = OpenBlasNative.TryLoad(out string reason);
        switch (forced)
        {
            case "managed":
                return (GemmBackend.Managed, "GEMM: managed fallback (ADAMV_GEMM=managed).");
            case "openblas" when !present:
                throw new ArgumentException($"environment variable ADAMV_GEMM=openblas, but {reason}.");
            case null or "" or "auto" or "openblas":
                return present
                    ? (GemmBackend.OpenBlas, $"GEMM: OpenBLAS (libopenblas.so.0), {OpenBlasNative.CoreName} kernels: {OpenBlasNative.Choice.Reason}.")
                    : (GemmBackend.Managed, $"GEMM: managed fallback, because {reason}.");
            default:
                throw new ArgumentException($"environment variable ADAMV_GEMM must be auto, openblas or managed; got '{forced}'.");
        }
    }
}
