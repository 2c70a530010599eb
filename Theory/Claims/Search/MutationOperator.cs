using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Search;

/// <summary>
/// One named kind of local change that targeted search may apply to an instance ("ρ ×10^U(−3,3)", "suffix tilted
/// geometrically"). The search learns which operators pay on a claim (<see cref="OperatorSelection"/>) and reports the
/// gains each one made.
/// </summary>
/// <typeparam name="T">The instance type.</typeparam>
/// <param name="Name">The name printed in the search report.</param>
/// <param name="Apply">The change; it draws all of its randomness from the given stream, so replaying the stream replays the change.</param>
public sealed record MutationOperator<T>(string Name, Func<T, SeededRandom, T> Apply);
