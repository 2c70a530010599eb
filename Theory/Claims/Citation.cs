namespace Adam.Verification.Theory.Claims;

/// <summary>Where a claim comes from.</summary>
/// <param name="Source">The paper (authors, venue or arXiv id).</param>
/// <param name="Location">Theorem, lemma, section or equation.</param>
/// <param name="Provenance">How our statement relates to the source: [SRC] checked against it, [SEC] secondary, [REC] our reconstruction (docs/claims.md#provenance-tags tags).</param>
public sealed record Citation(string Source, string Location, string Provenance)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Source}, {Location} {Provenance}";
}
