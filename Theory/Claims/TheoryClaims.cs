using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Claims.Definitions;
using Adam.Verification.Theory.Claims.Lipschitz;
using Adam.Verification.Theory.Claims.SignRatio;

namespace Adam.Verification.Theory.Claims;

/// <summary>The claims of the Theory library, in catalogue order.</summary>
public static class TheoryClaims
{
    /// <summary>Fresh instances of every claim in this library.</summary>
    public static IReadOnlyList<IClaim> All() => 
    [
        new SignRatioBoundClaim(),
        new SignRatioTightClaim(),
        new ConstantStepBoundAsPrintedClaim(),
        new SmoothnessDefinitionAsPrintedClaim(),
        new SmoothnessOneSidedClaim(),
        new ConstantStepBoundCorrectedClaim(),
        new ConstantStepBoundMomentumClaim(),
        new ConstantStepVacuityClaim(),
        new ConstantStepReachesEpsilonClaim(),
        new ConstantStepMonotoneDescentClaim(),
        new ConstantStepGradientsVanishClaim(),
        new ConstantStepLimitIsCriticalClaim(),
        new ConstantStepGammaIndefiniteClaim(),
        new LipschitzEstimateBelowKClaim(),
        new LipschitzEstimateConvergesClaim(),
        new StochasticConstantStepClaim(),
        new AdamRateQuarterClaim(),
        new SignLikeWithoutMomentumClaim(),
        new AdamRateEpsilonFreeClaim(),
        new LargerBatchLowerFloorClaim(),
    ];
}
