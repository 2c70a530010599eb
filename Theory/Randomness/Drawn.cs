namespace Adam.Verification.Theory.Randomness;

/// <summary>
/// A value built by a seeded generator, with the raw draws it was built from: editing the draws and rebuilding gives
/// simpler values of the same generator (see <see cref="ChoiceShrinker"/>).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Draws">The raw 64-bit draws <see cref="SeededRandom"/> handed the generator, in order.</param>
/// <param name="Bounds">Per draw, the bound of the <c>NextInt</c> call that made it, or 0 for raw bits (<see cref="SeededRandom.DrawBounds"/>).</param>
/// <param name="Seed">The seed the first build started from; rebuilds continue its stream past the edited draws.</param>
/// <param name="Depth">How many accepted shrink steps led here (0 for a generated value).</param>
public sealed record Drawn<T>(T Value, IReadOnlyList<ulong> Draws, IReadOnlyList<ulong> Bounds, ulong Seed, int Depth)
{
    /// <summary>The value's own text, so that a counterexample prints as the value.</summary>
    public override string ToString() => Value?.ToString() ?? "null";
}
