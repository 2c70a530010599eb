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
    /// The x86-64 kernel families OpenBLAS's dynamic-architecture builds accept in <c>OPENBLAS_CORETYPE</c> (case is
    /// ignored): those of 0.3.21, Debian 12's, plus SapphireRapids from later releases.
    /// </summary>
    public static IReadOnlyList<string> Known { get; } = ["Katmai", "Coppermine", "Northwood", "Prescott", "Banias", "Atom", "Core2", "Penryn", "Dunnington", "Nehalem", "Athlon", "Opteron", "Opteron_SSE3", "Barcelona", "Nano", "Sandybridge", "Bobcat", "Bulldozer", "Piledriver", "Haswell", "Steamroller", "Excavator", "Zen", "SkylakeX", "Cooperlake", "SapphireRapids"];

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
        if (environment("OPENBLAS_CORETYPE") is { } user)
        {
            // Set, even to nothing: OpenBLAS reads it as it is (empty: its own detection), and it is not overwritten.
            return new(null, user.Length > 0 ? $"OPENBLAS_CORETYPE={user} (yours)" : "OpenBLAS's own detection (OPENBLAS_CORETYPE is set, empty)");
        }

        switch (environment("ADAMV_OPENBLAS_CORETYPE")?.Trim())
        {
            case "library":
                return new(null, "OpenBLAS's own detection (ADAMV_OPENBLAS_CORETYPE=library)");
            case { Length: > 0 } named when Known.FirstOrDefault(k => string.Equals(k, named, StringComparison.OrdinalIgnoreCase)) is { } core:
                return new(core, $"ADAMV_OPENBLAS_CORETYPE={named}");
            case { Length: > 0 } bad:
                throw new ArgumentException($"environment variable ADAMV_OPENBLAS_CORETYPE must be 'library' or an OpenBLAS x86-64 core name ({string.Join(", ", Known)}); got '{(bad.Length > 40 ? bad[..40] + "…" : bad)}'.");
        }

        string? best = cpu.Avx512 ? "SkylakeX" : cpu.Avx2Fma ? (cpu.Vendor == "AuthenticAMD" ? "Zen" : "Haswell") : cpu.Avx ? "Sandybridge" : null;
        return best is null
            ? new(null, $"OpenBLAS's own detection (CPU: {cpu})")
            : new(best, $"selected from the CPU's features ({cpu}); set OPENBLAS_CORETYPE to choose, or ADAMV_OPENBLAS_CORETYPE=library to let OpenBLAS detect");
    }
}
