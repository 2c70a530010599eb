using FsCheck;
using FsCheck.Fluent;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Bridges the suite's own generators into FsCheck: FsCheck draws a 64-bit seed, the domain generator builds
/// the value from SeededRandom(seed), and an optional domain shrinker gives FsCheck simpler candidates.
/// </summary>
public static class Seeded
{
    /// <summary>An FsCheck generator of 64-bit seeds.</summary>
    public static Gen<ulong> Seeds { get; } =
        Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue), (hi, lo) => ((ulong)(uint)hi << 32) | (uint)lo);

    /// <summary>An arbitrary built by <paramref name="build"/> from a seeded generator.</summary>
    public static Arbitrary<T> Arbitrary<T>(Func<SeededRandom, T> build, Func<T, IEnumerable<T>>? shrink = null)
    {
        Gen<T> gen = Seeds.Select(seed => build(new SeededRandom(seed)));
        return shrink is null ? Arb.From(gen) : Arb.From(gen, shrink);
    }
}
