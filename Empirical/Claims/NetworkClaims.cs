using Adam.Verification.Empirical.Generated;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.SignRatio;

namespace Adam.Verification.Empirical.Claims;

/// <summary>
/// The catalogue claims that run on generated networks (<see cref="NetworkUse.Checked"/>), each the same claim object
/// as its analytic form given the network family, with id <c>ID@networks</c>.
/// </summary>
public static class NetworkClaims
{
    /// <summary>Fresh instances of every network claim, in catalogue order.</summary>
    public static IReadOnlyList<IClaim> All() =>
    [
        new SignRatioBoundClaim(networks: new SmallNetworkFamily()),
    ];
}
