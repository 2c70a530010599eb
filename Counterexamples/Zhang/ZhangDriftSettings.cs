namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// How the Zhang drift oracle samples: P paths, E measured epochs per path after a burn-in of
/// ⌈BurnInFactor/(1−β2)⌉ steps rounded up to whole epochs (docs/claims.md#zhang-divergence-region: ≥ 2000 epochs, burn-in ≥ 20/(1−β2)).
/// </summary>
/// <param name="Paths">P, independent reshuffling streams run as one vector.</param>
/// <param name="EpochsPerPath">E, measured epochs per path.</param>
/// <param name="BurnInFactor">20 by default; 0 plants the "no burn-in" fault.</param>
public sealed record ZhangDriftSettings(int Paths = 4, int EpochsPerPath = 2_000, double BurnInFactor = 20)
{
    /// <summary>The defaults of P3.2.</summary>
    public static ZhangDriftSettings Default { get; } = new();

    /// <summary>Burn-in steps for β2 and n, in whole epochs.</summary>
    public long BurnInSteps(double beta2, int n)
    {
        double steps = BurnInFactor / (1 - beta2);
        return (long)Math.Ceiling(steps / n) * n;
    }
}
