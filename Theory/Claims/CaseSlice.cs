namespace Adam.Verification.Theory.Claims;

/// <summary>
/// What slice i of N of an instance claim's cases found — the cases k with k mod N = i − 1, in order, up to the slice's
/// first violation — recorded so that <see cref="ICaseSliceable.MergeSlices"/> can give the result a single run gives:
/// the first violation over all slices is the one with the smallest case index, and the counts and the worst
/// observable are taken up to it.
/// </summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Index">i, 1-based.</param>
/// <param name="Count">N.</param>
/// <param name="Cases">The run's case count (the budget's), shared by every slice.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Unmet">For each unmet hypothesis, the case indices (ascending) of this slice that missed it.</param>
/// <param name="Records">The running maximum of the observable over this slice: (case index, observable) at each rise.</param>
/// <param name="Violation">This slice's first violation, or null.</param>
/// <param name="Reached">The last case index this slice generated (its violation, its last case, or where it was cancelled); −1 for none.</param>
/// <param name="Seconds">Wall-clock time of the slice.</param>
public sealed record CaseSlice(
    string ClaimId,
    int Index,
    int Count,
    int Cases,
    ulong Seed,
    IReadOnlyDictionary<string, int[]> Unmet,
    IReadOnlyList<ObservableRecord> Records,
    SliceViolation? Violation,
    int Reached,
    double Seconds)
{
    /// <summary>The case indices (ascending) of this slice whose conclusion held trivially (<see cref="CaseOutcome.Trivial"/>).</summary>
    public int[] TrivialCases { get; init; } = [];

    /// <summary>How many of this slice's cases have an index ≤ <paramref name="caseIndex"/>.</summary>
    public int CasesUpTo(int caseIndex)
    {
        int last = Math.Min(caseIndex, Reached);
        int first = Index - 1;
        return last < first ? 0 : ((last - first) / Count) + 1;
    }
}
