namespace Adam.Verification.Theory.Claims;

/// <summary>The conclusion evaluated on one instance.</summary>
/// <param name="Holds">Whether the conclusion held.</param>
/// <param name="Observable">A number the claim is about, scaled so that the conclusion fails above 1 (e.g. ratio/R); NaN when not numeric.</param>
/// <param name="Detail">A one-line account with the numbers.</param>
public sealed record CaseOutcome(bool Holds, double Observable, string Detail);
