using Adam.Verification.Empirical.Generated;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Claims.SignRatio;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// The catalogue claims of the Theory and Empirical libraries that run on generated networks: the network forms of
/// Theory's analytic claims (the claim given the network family, id <c>ID@networks</c>) and the claims stated for
/// networks only. The Counterexamples library lists its own network forms (<c>CounterexampleClaims.OnNetworks</c>); the
/// suite's catalogue joins both.
/// </summary>
public static class NetworkClaims
{
    /// <summary>Fresh instances of every network claim, in catalogue order.</summary>
    public static IReadOnlyList<IClaim> All() =>
    [
        new SignRatioBoundClaim(networks: new SmallNetworkFamily()),
        new ConstantStepBoundNetworkClaim(new SmallNetworkFamily()),
        new ConstantStepLimitIsCriticalNetworkClaim(new SmallNetworkFamily()),
        new DeepNetworkNonConvergenceClaim(),
        new InterpolationStrongGrowthClaim(),
    ];
}
