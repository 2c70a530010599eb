namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A fault planted in the system under test of a claim, which must flip the claim's verdict (Held ↔ Refuted). The
/// catalogue test runs every claim's faults; a claim must declare at least one that perturbs the system under test.
/// </summary>
/// <param name="Name">What is wrong, e.g. "AMSGrad's maximum dropped (Kingma–Ba)".</param>
/// <param name="Perturbs">Which part of the system under test it perturbs.</param>
/// <param name="Build">The claim run against the faulted system (its description names the fault).</param>
/// <param name="Cases">Cases (samples) enough to see the flip, or null for the budget's own.</param>
public sealed record PlantedFault(string Name, FaultTarget Perturbs, Func<IClaim> Build, int? Cases = null)
{
    /// <summary>The faulted claim, describing itself with this fault's name.</summary>
    public IClaim Claim() => new FaultedClaim(this);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Perturbs.ToString().ToLowerInvariant()})";
}
