using FsCheck;
using FsCheck.Fluent;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Bridges the suite's own generators into FsCheck: FsCheck draws a 64-bit seed, the domain generator builds the value
/// from a recording <see cref="SeededRandom"/>, and the value shrinks by its draws (<see cref="ChoiceShrinker"/>), so
/// every generator written against <see cref="SeededRandom"/> shrinks without a shrinker of its own; a domain shrinker,
/// where given, is tried first.
/// </summary>
public static class Seeded
{
    /// <summary>An FsCheck generator of 64-bit seeds.</summary>
    public static Gen<ulong> Seeds { get; } =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue), (hi, lo) => ((ulong)(uint)hi << 32) | (uint)lo);

    /// <summary>An arbitrary built by <paramref name="build"/> from a seeded generator, shrinking by its draws.</summary>
    public static Arbitrary<Drawn<T>> Arbitrary<T>(Func<SeededRandom, T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return Arb.From(Seeds.Select(seed => ChoiceShrinker.Draw(build, seed)), drawn => ChoiceShrinker.Shrink(build, drawn));
    }

    /// <summary>
    /// An arbitrary built by <paramref name="build"/> that shrinks first with the domain's own <paramref name="shrink"/>
    /// (whose candidates then shrink only with it), then by its draws.
    /// </summary>
    public static Arbitrary<Drawn<T>> Arbitrary<T>(Func<SeededRandom, T> build, Func<T, IEnumerable<T>> shrink)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(shrink);
        return Arb.From(
            Seeds.Select(seed => ChoiceShrinker.Draw(build, seed)),
            drawn => drawn.Depth >= ChoiceShrinker.MaxDepth
                ? []
                : shrink(drawn.Value).Select(v => new Drawn<T>(v, [], [], drawn.Seed, drawn.Depth + 1))
                    .Concat(drawn.Draws.Count > 0 ? ChoiceShrinker.Shrink(build, drawn) : []));
    }
}
