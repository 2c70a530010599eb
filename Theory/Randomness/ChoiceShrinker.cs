namespace Adam.Verification.Theory.Randomness;

/// <summary>
/// Shrinking by the choice sequence: any generator written against <see cref="SeededRandom"/> shrinks without a
/// hand-written shrinker, by rebuilding its value from edited raw draws. A draw used as bits moves towards 0, which
/// takes <c>NextDouble</c> to 0 and <c>Uniform(a, b)</c> to a; a draw made by <c>NextInt(b)</c> moves its value
/// k = draw mod b towards 0 (raw b + k′, always accepted by the rejection test), which takes <c>NextInt(a, b)</c> to a
/// and <c>Choose</c> to the first item. Simpler cases are then the low ends of the generator's own ranges: fewer
/// steps, smaller dimensions, the first option.
/// </summary>
/// <remarks>
/// One round's candidates, simplest first: each of the first <see cref="PositionLimit"/> draws at its least value; then
/// aligned blocks of draws at their least values (half the sequence, then quarters, down to pairs; at most
/// <see cref="BlockLimit"/>); then, round-robin over those draws, values below each by v/2ᵏ for growing k down to one
/// less, so that greedy shrinking bisects towards the least failing value; a round offers at most
/// <see cref="RoundLimit"/> candidates. A candidate is skipped when its rebuild
/// needs more draws than the edited tape holds (an edit that makes a rejection sampler, such as <c>Normal</c>'s, draw
/// again is not simpler) or when the generator throws on it. Shrinking also stops after <see cref="MaxDepth"/> accepted
/// steps. What does not shrink: draws of <see cref="SeededRandom.NextSeed"/> (another seed is not a simpler case) and
/// everything drawn through <see cref="SeededRandom.Fork"/> or from a generator seeded by such a draw; normal deviates
/// shrink little (the polar method rejects most edited pairs); a Cauchy deviate moves towards −∞, not 0.
/// </remarks>
public static class ChoiceShrinker
{
    /// <summary>How many leading draws get candidates of their own per round.</summary>
    public const int PositionLimit = 64;

    /// <summary>
    /// The most candidates one round offers, so that a value no candidate simplifies costs at most this many
    /// evaluations of the property before shrinking ends.
    /// </summary>
    public const int RoundLimit = 256;

    /// <summary>The most aligned-block candidates one round offers.</summary>
    public const int BlockLimit = 64;

    /// <summary>The bound recorded for a <see cref="SeededRandom.NextSeed"/> draw, which shrinking leaves alone.</summary>
    private const ulong SeedDraw = ulong.MaxValue;

    /// <summary>
    /// The k of the candidates v − v/2ᵏ, k = 1…32 (k = 1 is v/2): consecutive steps differ by a factor 2, so each
    /// accepted step at least halves the distance to the least failing value, down to 2⁻³² of the draw.
    /// </summary>
    private static readonly int[] Steps = [.. Enumerable.Range(1, 32)];

    /// <summary>Accepted shrink steps after which a value offers no more candidates.</summary>
    public const int MaxDepth = 200;

    /// <summary>Builds a value with <paramref name="build"/> from <paramref name="seed"/>, recording its draws.</summary>
    public static Drawn<T> Draw<T>(Func<SeededRandom, T> build, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(build);
        SeededRandom random = SeededRandom.Recording(seed);
        T value = build(random);
        return new Drawn<T>(value, [.. random.Draws], [.. random.DrawBounds], seed, 0);
    }

    /// <summary>The values <paramref name="build"/> makes from edited draws of <paramref name="drawn"/>, simplest first.</summary>
    public static IEnumerable<Drawn<T>> Shrink<T>(Func<SeededRandom, T> build, Drawn<T> drawn)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(drawn);
        if (drawn.Depth >= MaxDepth)
        {
            yield break;
        }

        foreach (ulong[] tape in Candidates(drawn.Draws, drawn.Bounds).Take(RoundLimit))
        {
            if (Rebuild(build, tape, drawn.Seed, drawn.Depth + 1) is { } smaller)
            {
                yield return smaller;
            }
        }
    }

    /// <summary>One round's edited draw sequences, simplest first (none equal to <paramref name="draws"/>).</summary>
    /// <param name="draws">The raw draws.</param>
    /// <param name="bounds">Per draw, its <c>NextInt</c> bound or 0 (same length as <paramref name="draws"/>).</param>
    public static IEnumerable<ulong[]> Candidates(IReadOnlyList<ulong> draws, IReadOnlyList<ulong> bounds)
    {
        ArgumentNullException.ThrowIfNull(draws);
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Count != draws.Count)
        {
            throw new ArgumentException($"bounds has {bounds.Count} entries for {draws.Count} draws.", nameof(bounds));
        }

        int n = draws.Count;
        int positions = Math.Min(n, PositionLimit);

        // Each draw at its least value: the largest single simplification, tried first for every position.
        for (int i = 0; i < positions; i++)
        {
            if (bounds[i] != SeedDraw && Value(draws[i], bounds[i]) != 0)
            {
                ulong[] tape = [.. draws];
                tape[i] = Least(bounds[i]);
                yield return tape;
            }
        }

        // Aligned blocks at their least values, largest first (at most BlockLimit of them).
        int blocks = 0;
        for (int size = n / 2; size >= 2 && blocks < BlockLimit; size /= 2)
        {
            for (int start = 0; start + size <= n && blocks < BlockLimit; start += size)
            {
                ulong[] tape = [.. draws];
                bool changed = false;
                for (int i = start; i < start + size; i++)
                {
                    if (bounds[i] == SeedDraw)
                    {
                        continue;
                    }

                    ulong least = Least(bounds[i]);
                    changed |= Value(tape[i], bounds[i]) != Value(least, bounds[i]);
                    tape[i] = least;
                }

                if (changed)
                {
                    blocks++;
                    yield return tape;
                }
            }
        }

        // Smaller values, round-robin over the positions (every draw's v/2, then every draw's 3v/4, …), so that a
        // round's limit cuts the finest steps, not the later draws.
        List<ulong>[] targets = [.. Enumerable.Range(0, positions).Select(i => bounds[i] == SeedDraw ? [] : Targets(Value(draws[i], bounds[i])).Where(t => t != 0).ToList())];
        int rounds = targets.Length == 0 ? 0 : targets.Max(t => t.Count);
        for (int k = 0; k < rounds; k++)
        {
            for (int i = 0; i < positions; i++)
            {
                if (k < targets[i].Count)
                {
                    ulong[] tape = [.. draws];
                    tape[i] = bounds[i] == 0 ? targets[i][k] : bounds[i] + targets[i][k];
                    yield return tape;
                }
            }
        }
    }

    /// <summary>
    /// Smaller values to try for a draw besides 0, largest step first: v/2, then v less v/2ᵏ for growing k and v − 1,
    /// so that greedy shrinking closes in on the least failing value like a bisection.
    /// </summary>
    private static IEnumerable<ulong> Targets(ulong value)
    {
        if (value == 0)
        {
            yield break;
        }

        ulong last = 0;
        foreach (int k in Steps)
        {
            ulong target = value - Math.Max(1, value >> k);
            if (target != last && target != 0)
            {
                yield return target;
                last = target;
            }

            if (value >> k <= 1)
            {
                yield break;
            }
        }
    }

    /// <summary>What a draw decides: its bits, or its residue mod the NextInt bound.</summary>
    private static ulong Value(ulong draw, ulong bound) => bound == 0 ? draw : draw % bound;

    /// <summary>The least raw draw with the least value that the bound's rejection test accepts (b ≥ 2⁶⁴ mod b).</summary>
    private static ulong Least(ulong bound) => bound;

    private static Drawn<T>? Rebuild<T>(Func<SeededRandom, T> build, ulong[] tape, ulong seed, int depth)
    {
        SeededRandom random = SeededRandom.Replaying(tape, seed);
        try
        {
            T value = build(random);
            return random.Draws.Count > tape.Length
                ? null
                : new Drawn<T>(value, [.. random.Draws], [.. random.DrawBounds], seed, depth);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            // Edited draws reach values the generator never drew (a range's exact low end): a generator that refuses
            // one, whatever it throws, has simply not produced a candidate.
            return null;
        }
    }
}
