using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// A quadratic finite sum (its centres), β1, the β2 ladder of the case and the seed of its drift estimates
/// (docs/claims.md#zhang-large-beta2-floor). Files without <see cref="Beta2s"/> (written before the ladder was saved) use
/// the ladder {0.9, 0.99, 0.999} they were written with.
/// </summary>
public sealed record QuadraticFloorInstance(double[] Centres, double Beta1, ulong Seed) : IValidInstance, IExplicitInstance<QuadraticFloorInstance>
{
    /// <summary>The ladder older files were written with.</summary>
    public static IReadOnlyList<double> LegacyLadder { get; } = [0.9, 0.99, 0.999];

    /// <summary>The β2 values at which the floor is measured, increasing; null: <see cref="LegacyLadder"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Beta2s { get; init; }

    /// <summary>The ladder in use.</summary>
    public IReadOnlyList<double> Ladder => Beta2s ?? LegacyLadder;

    /// <summary>The sum.</summary>
    public QuadraticFiniteSum Sum() => new(Centres);

    /// <summary>
    /// Theorem 1's large-β2 regime with the O-constant taken as 1: 1 − β2 ≤ (1 − β1ⁿ)/n^3.5 (n the number of components).
    /// </summary>
    public static double RegimeGap(int n, double beta1) => (1 - Math.Pow(beta1, n)) / Math.Pow(n, 3.5);

    /// <inheritdoc/>
    public QuadraticFloorInstance Explicit() => Beta2s is null ? this with { Beta2s = [.. LegacyLadder] } : this;

    /// <summary>The instance in paper form.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Sum()}, β1 = {Beta1:G4}, 1 − β2 ∈ {{{string.Join(", ", Ladder.Select(b => (1 - b).ToString("G3", CultureInfo.InvariantCulture)))}}} (regime: 1 − β2 ≤ (1−β1ⁿ)/n^3.5 = {RegimeGap(Centres.Length, Beta1):G3}); RR Kingma–Ba, ε = 1e-8");

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireFiniteSequence("Centres", Centres, minimum: 2);
        InstanceDomain.RequireWithin("the number of Centres", Centres.Length, 2, 1_000);
        if (Centres.Any(c => Math.Abs(c) > 1e100))
        {
            throw new ArgumentException("Centres must have size at most 1e100 (the gradients are squared).");
        }

        if (Centres.All(c => c == Centres[0]))
        {
            throw new ArgumentException("Centres must not all be equal (D0 = 0: there is no floor to measure).");
        }
        OptionValidationException.RequireUnitInterval("Beta1", Beta1);
        if (Beta2s is null)
        {
            return;
        }

        InstanceDomain.RequireWithin("the number of Beta2s", Beta2s.Length, 2, 10);
        foreach (double b2 in Beta2s)
        {
            OptionValidationException.RequireUnitInterval("Beta2s", b2);
        }

        if (Beta2s.Zip(Beta2s.Skip(1)).Any(p => !(p.Second > p.First)))
        {
            throw new ArgumentException("Beta2s must increase.");
        }

        // The drift oracle's burn-in is 20/(1−β2) steps: bound it so a replay ends.
        InstanceDomain.RequireWork("20/(1 − max β2) burn-in steps", 20 / (1 - Beta2s[^1]), 1e7);
    }
}
