namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>Which implementation computes the engine's matrix products.</summary>
public enum GemmBackend
{
    /// <summary>OpenBLAS through P/Invoke (<c>libopenblas.so.0</c>: <c>cblas_sgemm</c>, <c>cblas_dgemm</c>).</summary>
    OpenBlas,

    /// <summary>The managed, vectorised fallback (<see cref="ManagedGemm"/>).</summary>
    Managed,
}
