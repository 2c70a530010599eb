using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>One point of the (β1, β2, n) plane on the RECONSTRUCTED Zhang sum, with the seeds of its drift estimate and its full run.</summary>
public sealed record ZhangRegionInstance(int N, double Beta1, double Beta2, ulong DriftSeed, ulong RunSeed) : IValidInstance
{
    /// <summary>The point in paper form.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"reconstructed Zhang sum (RECONSTRUCTION), n = {N}, β1 = {Beta1:G4}, β2 = {Beta2:G6} (1−β2 = {1 - Beta2:G3}); RR Kingma–Ba, ε = 1e-8, η_k = 0.1/√k, x0 = 0");

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("N", N, 2, 1_000);
        OptionValidationException.RequireUnitInterval("Beta1", Beta1);
        OptionValidationException.RequireUnitInterval("Beta2", Beta2);
    }
}
