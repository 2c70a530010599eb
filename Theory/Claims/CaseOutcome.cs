namespace Adam.Verification.Theory.Claims;

/// <summary>The conclusion evaluated on one instance.</summary>
/// <param name="Holds">Whether the conclusion held.</param>
/// <param name="Observable">A number the claim is about, scaled so that the conclusion fails above 1 (e.g. ratio/R); NaN when not numeric.</param>
/// <param name="Detail">A one-line account with the numbers.</param>
public sealed record CaseOutcome(bool Holds, double Observable, string Detail)
{
    /// <summary>
    /// True when the conclusion holds before the system under test acts (e.g. the bound is met at the start point), so
    /// the case cannot tell a right implementation from a wrong one; counted apart from the non-trivial cases.
    /// </summary>
    public bool Trivial { get; init; }
}
