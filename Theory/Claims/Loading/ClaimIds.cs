namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// The rule for a claim id from a user's assembly: kebab-case (a–z, 0–9 and single '-' between them, as
/// <c>Conjecture.For</c> requires), optionally followed by <c>@networks</c>; so that an id is one token in
/// <c>--claims</c>, in replay lines and as a file name in a report.
/// </summary>
public static class ClaimIds
{
    /// <summary>Throws unless <paramref name="id"/> follows the rule; <paramref name="where"/> names its source.</summary>
    /// <exception cref="ArgumentException">The id is null, empty or not kebab-case.</exception>
    public static void Require(string? id, string where)
    {
        string bare = id is not null && id.EndsWith(ClaimDefinition.NetworksSuffix, StringComparison.Ordinal) ? id[..^ClaimDefinition.NetworksSuffix.Length] : id ?? string.Empty;
        bool valid = bare.Length > 0 && bare[0] != '-' && bare[^1] != '-' && !bare.Contains("--", StringComparison.Ordinal)
            && bare.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
        if (!valid)
        {
            throw new ArgumentException($"{where}: claim id '{id}' is not kebab-case (a–z, 0–9 and single '-', optionally ending in {ClaimDefinition.NetworksSuffix}).");
        }
    }
}
