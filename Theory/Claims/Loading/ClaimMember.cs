using System.Reflection;

namespace Adam.Verification.Theory.Claims.Loading;

/// <summary>
/// A type or static member of a user's assembly that makes claims: <see cref="Make"/> calls it and turns anything the
/// user's code throws, and a null, into an <see cref="ArgumentException"/> naming it (one line, for exit code 2).
/// </summary>
/// <param name="Where">"--claims-from PATH: Type.Member", for messages.</param>
/// <param name="Call">Calls the constructor or member: a claim, or a sequence of claims.</param>
public sealed record ClaimMember(string Where, Func<object?> Call)
{
    /// <summary>The claims it makes now (enumerated at once, so that a lazy sequence throws here, named).</summary>
    /// <exception cref="ArgumentException">The user's code threw, or returned null or a null claim.</exception>
    public IReadOnlyList<IClaim> Make()
    {
        try
        {
            IReadOnlyList<IClaim> claims = Call() switch
            {
                IClaim claim => [claim],
                IEnumerable<IClaim> many => [.. many],
                null => throw new ArgumentException($"{Where} returned null instead of a claim."),
                var other => throw new ArgumentException($"{Where} returned a {other.GetType().Name}, not a claim."),
            };
            if (claims.Any(c => c is null))
            {
                throw new ArgumentException($"{Where} returned a null claim.");
            }

            foreach (IClaim claim in claims)
            {
                ClaimIds.Require(claim.Id, Where);
            }

            return claims;
        }
        catch (Exception e) when (e is not ArgumentException { Message: var m } || !m.StartsWith(Where, StringComparison.Ordinal))
        {
            Exception cause = Innermost(e);
            throw new ArgumentException($"{Where} threw {cause.GetType().Name}: {cause.Message}", cause);
        }
    }

    private static Exception Innermost(Exception e)
    {
        while (e is TargetInvocationException or TypeInitializationException && e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }
}
