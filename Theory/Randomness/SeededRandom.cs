namespace Adam.Verification.Theory.Randomness;

/// <summary>
/// The one seeded pseudo-random generator of the suite: xoshiro256** (Blackman &amp; Vigna 2018) whose
/// state is filled from a 64-bit seed by SplitMix64. Every random choice in the suite goes through an
/// instance of this type, so a run is reproduced exactly by its seed on every platform.
/// </summary>
/// <remarks>Not thread-safe; give each worker its own instance via <see cref="Fork"/>.</remarks>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double? _spareNormal;
    private List<ulong>? _draws;
    private List<ulong>? _bounds;
    private ulong _bound;
    private IReadOnlyList<ulong>? _tape;
    private int _tapeAt;

    /// <summary>Creates a generator whose whole output is determined by <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        Seed = seed;
        ulong sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    /// <summary>The seed this generator was created from.</summary>
    public ulong Seed { get; }

    /// <summary>
    /// The raw 64-bit draws made so far, for a generator made by <see cref="Recording"/> or <see cref="Replaying"/>
    /// (every method below except <see cref="Fork"/> derives its value from these draws alone, so the draws rebuild the value).
    /// </summary>
    /// <exception cref="InvalidOperationException">The generator does not record.</exception>
    public IReadOnlyList<ulong> Draws => _draws ?? throw new InvalidOperationException("this generator does not record its draws; make it with SeededRandom.Recording.");

    /// <summary>
    /// For each recorded draw, the bound b of the <see cref="NextInt(int)"/> call that made it (the draw's value is
    /// draw mod b), <see cref="ulong.MaxValue"/> for a <see cref="NextSeed"/> draw, or 0 for a draw used as raw bits.
    /// </summary>
    /// <exception cref="InvalidOperationException">The generator does not record.</exception>
    public IReadOnlyList<ulong> DrawBounds => _bounds ?? throw new InvalidOperationException("this generator does not record its draws; make it with SeededRandom.Recording.");

    /// <summary>A generator identical to <c>new SeededRandom(seed)</c> that also records its raw draws in <see cref="Draws"/>.</summary>
    public static SeededRandom Recording(ulong seed) => new(seed) { _draws = [], _bounds = [] };

    /// <summary>
    /// A recording generator whose first raw draws are <paramref name="tape"/> and whose later draws continue
    /// <paramref name="seed"/>'s stream where it would be after as many draws: rebuilding a value from edited draws
    /// (shrinking by the choice sequence) never runs out of randomness, and an unedited tape rebuilds the value
    /// <c>Recording(seed)</c> gave.
    /// </summary>
    public static SeededRandom Replaying(IReadOnlyList<ulong> tape, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(tape);
        return new SeededRandom(seed) { _draws = [], _bounds = [], _tape = tape };
    }

    /// <summary>
    /// A child seed derived from <paramref name="parent"/> and <paramref name="index"/> by SplitMix64
    /// mixing; used to give case <c>i</c> of a run its own replayable seed.
    /// </summary>
    public static ulong DeriveSeed(ulong parent, ulong index)
    {
        ulong sm = parent ^ (0x9E3779B97F4A7C15UL * (index + 1));
        SplitMix(ref sm);
        return SplitMix(ref sm);
    }

    /// <summary>A new independent generator seeded with <see cref="DeriveSeed"/>(Seed, index).</summary>
    public SeededRandom Fork(ulong index) => new(DeriveSeed(Seed, index));

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = NextState();
        if (_tape is { } tape && _tapeAt < tape.Count)
        {
            result = tape[_tapeAt++];
        }

        _draws?.Add(result);
        _bounds?.Add(_bound);
        return result;
    }

    private ulong NextState()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// A 64-bit seed for another generator. Unlike <see cref="NextUInt64"/>, its draw is marked so that shrinking by
    /// the choice sequence leaves it alone (a smaller seed is not a simpler case, only another one).
    /// </summary>
    public ulong NextSeed()
    {
        _bound = ulong.MaxValue;
        ulong seed = NextUInt64();
        _bound = 0;
        return seed;
    }

    /// <summary>Uniform on [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform on [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Uniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Uniform integer in [0, <paramref name="exclusiveMax"/>), without modulo bias.</summary>
    public int NextInt(int exclusiveMax)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exclusiveMax);
        ulong bound = (ulong)exclusiveMax;
        ulong threshold = (0UL - bound) % bound;
        _bound = bound;
        while (true)
        {
            ulong r = NextUInt64();
            if (r >= threshold)
            {
                _bound = 0;
                return (int)(r % bound);
            }
        }
    }

    /// <summary>Uniform integer in [<paramref name="low"/>, <paramref name="high"/>] (inclusive).</summary>
    public int NextInt(int low, int high) => low + NextInt(high - low + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Bernoulli(double p) => NextDouble() < p;

    /// <summary>Standard normal by the Marsaglia polar method.</summary>
    public double Normal()
    {
        if (_spareNormal is double spare)
        {
            _spareNormal = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareNormal = v * f;
        return u * f;
    }

    /// <summary>Standard Cauchy: tan(π(U − ½)).</summary>
    public double Cauchy() => Math.Tan(Math.PI * (NextDouble() - 0.5));

    /// <summary>±1 with equal probability.</summary>
    public double Sign() => (NextUInt64() >> 63) == 0 ? 1.0 : -1.0;

    /// <summary>Picks one element uniformly.</summary>
    public T Choose<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[NextInt(items.Count)];
    }

    /// <summary>Fisher–Yates shuffle of <paramref name="items"/> in place.</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
