namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A claim whose cases can be split over machines: slice i of N runs the cases k with k mod N = i − 1, and the merged
/// slices give exactly the result of one run with the same budget and seed (except the wall-clock seconds, which are
/// summed).
/// </summary>
public interface ICaseSliceable : IClaim
{
    /// <summary>Runs slice <paramref name="index"/> of <paramref name="count"/> (1-based).</summary>
    CaseSlice CheckSlice(ClaimRunSettings settings, int index, int count);

    /// <summary>Merges all N slices of one run into the claim's result.</summary>
    /// <exception cref="ArgumentException">The slices are not exactly 1..N of one run of this claim.</exception>
    ClaimResult MergeSlices(IReadOnlyList<CaseSlice> slices);
}
