using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>A quadratic finite sum (its centres), β1, and the seed of its drift estimates (docs/claims.md#zhang-large-beta2-floor).</summary>
public sealed record QuadraticFloorInstance(double[] Centres, double Beta1, ulong Seed) : IValidInstance
{
    /// <summary>The sum.</summary>
    public QuadraticFiniteSum Sum() => new(Centres);

    /// <summary>The instance in paper form.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Sum()}, β1 = {Beta1:G4}; RR Kingma–Ba, ε = 1e-8");

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireFiniteSequence("Centres", Centres, minimum: 1);
        InstanceDomain.RequireWithin("the number of Centres", Centres.Length, 1, 1_000);
        OptionValidationException.RequireUnitInterval("Beta1", Beta1);
    }
}
