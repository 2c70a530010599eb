namespace Adam.Verification.Theory.Claims.Search;

/// <summary>A claim whose observable (the conclusion fails above 1) can be climbed by targeted search.</summary>
public interface ISearchable
{
    /// <summary>Whether the claim defines a mutation.</summary>
    bool CanSearch { get; }

    /// <summary>Hill-climbs the observable with restarts within the budget.</summary>
    SearchResult Search(SearchSettings settings);

    /// <summary>The baseline: independent generated cases, the same budget, the same bookkeeping.</summary>
    SearchResult RandomSearch(SearchSettings settings);
}
