using Adam.Verification.Counterexamples.NonConvergence;
using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Counterexamples.SignRatio;
using Adam.Verification.Counterexamples.SummableSteps;
using Adam.Verification.Counterexamples.Zhang;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Objectives;

namespace Adam.Verification.Counterexamples;

/// <summary>The claims of the Counterexamples library, in catalogue order.</summary>
public static class CounterexampleClaims
{
    /// <summary>Fresh instances of every claim in this library.</summary>
    public static IReadOnlyList<IClaim> All() => 
    [
        new SignRatioUnboundedClaim(),
        new SummableStepsStallClaim(),
        new ReddiPeriodThreeClaim(),
        new ReddiAnyBetaClaim(),
        new ReddiStochasticClaim(),
        new AmsGradFixesReddiClaim(),
        new AmsGradLongHorizonClaim(),
        new AdamConvergesConjectureClaim(),
        new SgdOnReddiClaim(),
        new ZhangDivergenceRegionClaim(),
        new ZhangRegionGrowthClaim(),
        new ZhangLargeBeta2FloorClaim(),
        new SgdNoiseFloorClaim(),
        new NonVanishingRateNonConvergenceClaim(),
        new PositiveLimitRateNonConvergenceClaim(),
        new GrowingBatchAdamNonConvergenceClaim(),
        new DecayingRateContrastClaim(),
        new AdamLimitIsNotTheMinimiserClaim(),
    ];

    /// <summary>Fresh instances of this library's claims in their form on <paramref name="networks"/> (<c>ID@networks</c>), in catalogue order.</summary>
    public static IReadOnlyList<IClaim> OnNetworks(INetworkFamily networks) =>
    [
        new SummableStepsNetworkClaim(networks),
    ];
}
