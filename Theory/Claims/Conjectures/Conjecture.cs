using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;
using FsCheck;
using FsCheck.Fluent;

namespace Adam.Verification.Theory.Claims.Conjectures;

/// <summary>
/// A theorist's own claim in a few lines, run by the same engine as the catalogue (generation, hypotheses, shrinking,
/// verdicts, replay, targeted search):
/// <code>
/// IClaim claim = Conjecture.For&lt;Case&gt;("my-id")
///     .Stating("…").Citing(new Citation(…))
///     .Generating(random =&gt; new Case(…))
///     .Assuming(c =&gt; c.Beta1 * c.Beta1 &lt; c.Beta2 ? null : "β1² ≥ β2")
///     .Observing(c =&gt; ratio(c))          // the conclusion: observable ≤ 1
///     .Build();
/// </code>
/// </summary>
public static class Conjecture
{
    /// <summary>Starts a conjecture about instances of <typeparamref name="T"/> (an immutable record, so that counterexamples serialise to JSON).</summary>
    public static ConjectureBuilder<T> For<T>(string id)
        where T : notnull
    {
        if (string.IsNullOrWhiteSpace(id) || id.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '-')))
        {
            throw new ArgumentException($"a conjecture id is kebab-case (a–z, 0–9, '-'); got '{id}'.", nameof(id));
        }

        return new ConjectureBuilder<T>(id);
    }
}

/// <summary>The immutable builder behind <see cref="Conjecture.For{T}"/>; every method returns a new builder.</summary>
/// <typeparam name="T">The instance type.</typeparam>
public sealed record ConjectureBuilder<T>(string Id)
    where T : notnull
{
    internal string Statement { get; init; } = "(no statement given)";

    internal string Hypotheses { get; init; } = "(none stated)";

    internal string Variant { get; init; } = "(not stated)";

    internal Citation Citation { get; init; } = new("conjecture", "user-defined", "unverified");

    internal Verdict Expected { get; init; } = Verdict.Held;

    internal Func<SeededRandom, T>? Generator { get; init; }

    internal Func<T, string?> Hypothesis { get; init; } = _ => null;

    internal Func<T, double>? Observable { get; init; }

    /// <summary>The user's shrinker, or null: then the generator's draws shrink (<see cref="ChoiceShrinker"/>).</summary>
    internal Func<T, IEnumerable<T>>? Shrinker { get; init; }

    /// <summary>The user's describer, or null: then an instance is described by its JSON (arrays included).</summary>
    internal Func<T, string>? Describer { get; init; }

    internal IReadOnlyList<MutationOperator<T>> Mutators { get; init; } = [];

    /// <summary>The statement, with its constants.</summary>
    public ConjectureBuilder<T> Stating(string statement, string? hypotheses = null, string? variant = null) =>
        this with { Statement = statement, Hypotheses = hypotheses ?? Hypotheses, Variant = variant ?? Variant };

    /// <summary>Where it comes from.</summary>
    public ConjectureBuilder<T> Citing(Citation citation) => this with { Citation = citation };

    /// <summary>The verdict you expect (Held by default); `adamv verify` compares against it.</summary>
    public ConjectureBuilder<T> Expecting(Verdict verdict) => this with { Expected = verdict };

    /// <summary>
    /// How case i is drawn from a seeded generator (seeded from the case's own, so cases replay from their case seeds).
    /// Without <see cref="Shrinking"/>, a violating case whose type is a reference type (a record) shrinks by its draws:
    /// the generator is rerun on smaller raw draws (<see cref="ChoiceShrinker"/>), so ranges move to their low ends.
    /// </summary>
    public ConjectureBuilder<T> Generating(Func<SeededRandom, T> generator) => this with { Generator = generator };

    /// <summary>
    /// Cases drawn by an FsCheck generator: case i samples it at a size drawn from 1…100 with an FsCheck seed taken from
    /// the case's generator (so cases replay from their case seeds). Shrinks by the choice sequence unless
    /// <see cref="Shrinking"/> is given.
    /// </summary>
    public ConjectureBuilder<T> Generating(Gen<T> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return this with { Generator = random => Sample(generator, random) };
    }

    /// <summary>
    /// Cases drawn by an FsCheck arbitrary, which also shrinks them with its own shrinker (for example
    /// <c>ArbMap.Default.ArbFor&lt;T&gt;()</c> for a record of primitives, or <c>Arb.From(gen, shrinker)</c>).
    /// </summary>
    public ConjectureBuilder<T> Generating(Arbitrary<T> arbitrary)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        return this with { Generator = random => Sample(arbitrary.Generator, random), Shrinker = arbitrary.Shrinker };
    }

    /// <summary>The hypotheses: null when met, else a short reason (counted and reported).</summary>
    public ConjectureBuilder<T> Assuming(Func<T, string?> hypothesis) => this with { Hypothesis = hypothesis };

    /// <summary>The conclusion as an observable: it holds when observable ≤ 1 (e.g. ratio / bound). Targeted search climbs it.</summary>
    public ConjectureBuilder<T> Observing(Func<T, double> observable) => this with { Observable = observable };

    /// <summary>Shrink candidates, simplest first (optional: without it the generator's draws shrink).</summary>
    public ConjectureBuilder<T> Shrinking(Func<T, IEnumerable<T>> shrinker) => this with { Shrinker = shrinker };

    /// <summary>How an instance is stated in paper form (optional: by default, its JSON).</summary>
    public ConjectureBuilder<T> Describing(Func<T, string> describer) => this with { Describer = describer };

    /// <summary>
    /// A random local change of an instance, for targeted search (optional; call it once per kind of change, and the
    /// search learns which kinds pay).
    /// </summary>
    public ConjectureBuilder<T> Mutating(Func<T, SeededRandom, T> mutator) => Mutating($"mutation {Mutators.Count + 1}", mutator);

    /// <summary>A named kind of random local change, for targeted search; the search reports the gains of each name.</summary>
    public ConjectureBuilder<T> Mutating(string name, Func<T, SeededRandom, T> mutator)
    {
        ArgumentNullException.ThrowIfNull(mutator);
        return this with { Mutators = [.. Mutators, new MutationOperator<T>(name, mutator)] };
    }

    /// <summary>The claim.</summary>
    /// <exception cref="InvalidOperationException">The generator or the observable is missing.</exception>
    public ConjectureClaim<T> Build()
    {
        if (Generator is null || Observable is null)
        {
            throw new InvalidOperationException($"conjecture '{Id}' needs Generating(…) and Observing(…) before Build().");
        }

        return new ConjectureClaim<T>(this);
    }

    private static T Sample(Gen<T> generator, SeededRandom random)
    {
        int size = random.NextInt(1, 100);
        ulong seed = random.NextSeed();
        ulong gamma = random.NextSeed() | 1;
        return generator.Sample(1, new Rnd(seed, gamma), size)[0];
    }
}
