using System.Runtime.InteropServices;

namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>
/// The CBLAS entry points of OpenBLAS, resolved from <c>libopenblas.so.0</c> (Debian <c>libopenblas0-pthread</c>) at
/// first use. <see cref="TryLoad"/> reports whether the library is present; nothing here throws when it is not.
/// </summary>
/// <remarks>
/// Before it loads, the kernel family is chosen from the CPU's features (<see cref="Choice"/>): OpenBLAS 0.3.21 falls
/// back to generic SSE3 kernels on CPU models it does not know, although they run AVX-512.
/// OpenBLAS is pinned to one thread when it loads, and nothing changes that afterwards. Its threaded
/// <c>sgemm</c> rounds differently with the thread count (measured: the schedulers experiment's α_ours is
/// 0.7911946067900945 at one thread and 0.7911946076182611 at two), so a pool sized by the machine's cores, or
/// resized by whichever caller ran first in the process, would make results depend on where and in what order they
/// ran: shards merged from different machines would not match one run. At CI scale one thread is also the faster
/// (1.9 s against 2.4 s wall for <c>adamv experiment schedulers --scale ci</c> on two cores).
/// </remarks>
internal static unsafe class OpenBlasNative
{
    private const int RowMajor = 101;
    private const int NoTrans = 111;
    private const int Trans = 112;

    private static readonly Lazy<Entry?> Loaded = new(Load);

    /// <summary>Whether <c>libopenblas.so.0</c> (or <c>libopenblas.so</c>) loaded and exposes the CBLAS products.</summary>
    public static bool TryLoad(out string reason)
    {
        Entry? entry = Loaded.Value;
        reason = entry is null ? "libopenblas.so.0 was not found (Debian package libopenblas0-pthread)" : string.Empty;
        return entry is not null;
    }

    /// <summary>The number of threads OpenBLAS reports using (1 once loaded; 0 when it is absent or cannot say).</summary>
    public static int Threads
    {
        get
        {
            Entry? entry = Loaded.Value;
            return entry is null || entry.GetThreads is null ? 0 : entry.GetThreads();
        }
    }

    /// <summary>Row-major C = α·op(A)·op(B) + β·C in single precision.</summary>
    public static void Sgemm(bool transA, bool transB, int m, int n, int k, float alpha, float* a, int lda, float* b, int ldb, float beta, float* c, int ldc) =>
        Require().Sgemm(RowMajor, transA ? Trans : NoTrans, transB ? Trans : NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    /// <summary>Row-major C = α·op(A)·op(B) + β·C in double precision.</summary>
    public static void Dgemm(bool transA, bool transB, int m, int n, int k, double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc) =>
        Require().Dgemm(RowMajor, transA ? Trans : NoTrans, transB ? Trans : NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);

    /// <summary>The kernel family OpenBLAS chose for this CPU (e.g. "Haswell"), or "unknown".</summary>
    public static string CoreName
    {
        get
        {
            Entry? entry = Loaded.Value;
            return entry is null || entry.GetCoreName is null ? "unknown" : Marshal.PtrToStringUTF8((IntPtr)entry.GetCoreName()) ?? "unknown";
        }
    }

    private static Entry Require() => Loaded.Value ?? throw new InvalidOperationException("OpenBLAS is not loaded; use the managed GEMM.");

    /// <summary>
    /// The kernel family asked for before the library loaded (see <see cref="OpenBlasCoreChoice.For"/>), and why. The
    /// family OpenBLAS then runs is <see cref="CoreName"/>.
    /// </summary>
    /// <exception cref="ArgumentException">ADAMV_OPENBLAS_CORETYPE names no OpenBLAS core (thrown on every use, never
    /// wrapped in a type-initialisation failure).</exception>
    public static OpenBlasCoreChoice Choice => ChoiceOnce.Value;

    private static readonly Lazy<OpenBlasCoreChoice> ChoiceOnce = new(() => OpenBlasCoreChoice.For(CpuFeatures.Current, NativeEnvironment.Get));

    private static Entry? Load()
    {
        if (Choice.Core is { } family)
        {
            NativeEnvironment.SetIfUnset("OPENBLAS_CORETYPE", family);
        }

        foreach (string name in new[] { "libopenblas.so.0", "libopenblas.so", "libopenblas" })
        {
            if (!NativeLibrary.TryLoad(name, out IntPtr handle))
            {
                continue;
            }

            if (NativeLibrary.TryGetExport(handle, "cblas_sgemm", out IntPtr s) && NativeLibrary.TryGetExport(handle, "cblas_dgemm", out IntPtr d))
            {
                NativeLibrary.TryGetExport(handle, "openblas_set_num_threads", out IntPtr set);
                NativeLibrary.TryGetExport(handle, "openblas_get_num_threads", out IntPtr get);
                NativeLibrary.TryGetExport(handle, "openblas_get_corename", out IntPtr core);
                var entry = new Entry(s, d, set, get, core);
                if (entry.SetThreads is not null)
                {
                    entry.SetThreads(1);
                }

                return entry;
            }
        }

        return null;
    }

    private sealed class Entry(IntPtr sgemm, IntPtr dgemm, IntPtr setThreads, IntPtr getThreads, IntPtr getCoreName)
    {
        public delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void> Sgemm { get; } =
            (delegate* unmanaged<int, int, int, int, int, int, float, float*, int, float*, int, float, float*, int, void>)sgemm;

        public delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void> Dgemm { get; } =
            (delegate* unmanaged<int, int, int, int, int, int, double, double*, int, double*, int, double, double*, int, void>)dgemm;

        public delegate* unmanaged<int, void> SetThreads { get; } = (delegate* unmanaged<int, void>)setThreads;

        public delegate* unmanaged<int> GetThreads { get; } = (delegate* unmanaged<int>)getThreads;

        public delegate* unmanaged<byte*> GetCoreName { get; } = (delegate* unmanaged<byte*>)getCoreName;
    }
}
