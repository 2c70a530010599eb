using System.Globalization;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// One case of <c>zhang-region-grows-with-n</c>: the line β1 = <see cref="Beta1"/> of the (β1, β2) plane on the
/// RECONSTRUCTED Zhang sum with n = <see cref="N"/> and with n′ = <see cref="LargerN"/> &gt; n components, each with the
/// seed of its drift oracle (common random numbers within one n).
/// </summary>
/// <param name="N">n ≥ 3.</param>
/// <param name="LargerN">n′ &gt; n.</param>
/// <param name="Beta1">β1 ∈ [0, 1).</param>
/// <param name="Seed">The drift oracle's seed at n.</param>
/// <param name="LargerSeed">The drift oracle's seed at n′.</param>
public sealed record ZhangGrowthInstance(int N, int LargerN, double Beta1, ulong Seed, ulong LargerSeed) : IValidInstance
{
    /// <summary>The case in words.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"reconstructed Zhang sum (RECONSTRUCTION) with n = {N} and n′ = {LargerN} components, the line β1 = {Beta1:G4}; RR Kingma–Ba, ε = 1e-8; drift seeds {Seed} and {LargerSeed}");

    /// <inheritdoc/>
    public void Validate()
    {
        InstanceDomain.RequireWithin("N", N, 2, 1_000);
        InstanceDomain.RequireWithin("LargerN", LargerN, 2, 1_000);
        OptionValidationException.RequireUnitInterval("Beta1", Beta1);
    }
}
