using System.Globalization;

namespace Adam.Verification.Theory.Claims.Search;

/// <summary>What a search found.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Method">"targeted" or "random".</param>
/// <param name="Evaluations">Conclusion evaluations spent.</param>
/// <param name="FirstViolationAt">The evaluation (1-based) that first violated the conclusion, or null.</param>
/// <param name="BestObservable">The largest observable seen (the conclusion fails above 1).</param>
/// <param name="BestDescription">The best instance in paper form (shrunk when it violates the conclusion).</param>
/// <param name="BestJson">The best instance as JSON (replayable with `adamv check`).</param>
/// <param name="Restarts">Restarts from fresh generated cases.</param>
/// <param name="Progress">(evaluation, best observable) at each improvement of the best.</param>
/// <param name="OperatorGains">For the targeted search, each mutation operator with the number of times it improved the climb (empty for random).</param>
public sealed record SearchResult(string ClaimId, string Method, int Evaluations, int? FirstViolationAt, double BestObservable, string BestDescription, string BestJson, int Restarts, IReadOnlyList<(int Evaluation, double Best)> Progress, IReadOnlyList<(string Operator, int Gains)> OperatorGains)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method}: best observable {BestObservable:R} after {Evaluations} evaluations; first violation {(FirstViolationAt is { } v ? "at evaluation " + v.ToString(CultureInfo.InvariantCulture) : "none")}");
}
