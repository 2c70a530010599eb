namespace Adam.Verification.Theory.Claims;

/// <summary>
/// An instance that knows its own domain: the values without which it is no instance at all (β's in [0, 1), positive
/// horizons, finite numbers, matching lengths), as distinct from a claim's hypotheses, which a valid instance may miss.
/// A replayed instance outside its domain is bad input; one that misses a hypothesis is a finding.
/// </summary>
public interface IValidInstance
{
    /// <summary>Throws when a field lies outside the instance's domain.</summary>
    /// <exception cref="ArgumentException">The message names the field and the rule.</exception>
    void Validate();
}
