namespace Adam.Verification.Empirical.Engine.Blas;

/// <summary>The OpenBLAS kernel family to ask for before the library loads (null: let OpenBLAS detect), and why.</summary>
/// <param name="Core">The <c>OPENBLAS_CORETYPE</c> value to set, or null to set nothing.</param>
/// <param name="Reason">Why, in words (printed by <c>bench</c> and <c>experiment</c>).</param>
public sealed record OpenBlasCoreChoice(string? Core, string Reason)
{
    /// <summary>
    /// The kernel families OpenBLAS falls back to when it does not recognise a CPU model (Debian 12's 0.3.21 picks
    /// Prescott, SSE3 only, on Intel model 207 although the CPU runs AVX-512: a 5× slower sgemm).
    /// </summary>
    public static IReadOnlySet<string> Generic { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Prescott", "Core2", "Katmai", "Coppermine", "Northwood", "Banias", "Penryn", "Dunnington", "Nehalem", "Atom", "Barcelona", "Opteron" };

    /// <summary>
    /// The choice for <paramref name="cpu"/> given the environment: the user's <c>OPENBLAS_CORETYPE</c> is left to
    /// OpenBLAS; <c>ADAMV_OPENBLAS_CORETYPE=library</c> lets OpenBLAS detect; <c>ADAMV_OPENBLAS_CORETYPE=NAME</c> asks
    /// for NAME; otherwise the best family the CPU's features support: SkylakeX (AVX-512), Zen or Haswell (AVX2 + FMA,
    /// by vendor), Sandybridge (AVX), else OpenBLAS's own detection.
    /// </summary>
    public static OpenBlasCoreChoice For(CpuFeatures cpu, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment("OPENBLAS_CORETYPE") is { Length: > 0 } user)
        {
            return new(null, $"OPENBLAS_CORETYPE={user} (yours)");
        }

        switch (environment("ADAMV_OPENBLAS_CORETYPE")?.Trim())
        {
            case "library":
                return new(null, "OpenBLAS's own detection (ADAMV_OPENBLAS_CORETYPE=library)");
            case { Length: > 0 } named when named.All(c => char.IsAsciiLetterOrDigit(c)):
                return new(named, $"ADAMV_OPENBLAS_CORETYPE={named}");
            case { Length: > 0 } bad:
                throw new ArgumentException($"environment variable ADAMV_OPENBLAS_CORETYPE must be 'library' or an OpenBLAS core name (letters and digits, e.g. SkylakeX); got '{bad}'.");
        }

        string? best = cpu.Avx512 ? "SkylakeX" : cpu.Avx2Fma ? (cpu.Vendor == "AuthenticAMD" ? "Zen" : "Haswell") : cpu.Avx ? "Sandybridge" : null;
        return best is null
            ? new(null, $"OpenBLAS's own detection (CPU: {cpu})")
            : new(best, $"selected from the CPU's features ({cpu}); set OPENBLAS_CORETYPE to choose, or ADAMV_OPENBLAS_CORETYPE=library to let OpenBLAS detect");
    }
}
