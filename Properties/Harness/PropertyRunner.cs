using Adam.Verification.Theory.Randomness;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Runs FsCheck properties inside [Fact]s with the suite's budget and replay configuration:
/// <list type="bullet">
/// <item><c>ADAMV_PROPERTY_CASES</c>: cases per property (default 100);</item>
/// <item><c>ADAMV_SEED</c>: the suite seed (default 20260101); each property derives its FsCheck seed from it and its name;</item>
/// <item><c>ADAMV_REPLAY</c>: "seed,gamma" printed by a failure; replays exactly that run.</item>
/// </list>
/// A failure rethrows with the replay line first, then FsCheck's shrunk counterexample.
/// </summary>
public static class PropertyRunner
{
    /// <summary>Cases per property unless overridden.</summary>
    public const int DefaultCases = 100;

    /// <summary>Checks that <paramref name="property"/> returns true for every generated value.</summary>
    public static void ForAll<T>(string name, Arbitrary<T> arbitrary, Func<T, bool> property, int? cases = null) =>
        Run(name, Prop.ForAll(arbitrary, property), cases);

    /// <summary>Checks that <paramref name="assertion"/> does not throw for any generated value.</summary>
    public static void ForAll<T>(string name, Arbitrary<T> arbitrary, Action<T> assertion, int? cases = null) =>
        Run(name, Prop.ForAll(arbitrary, assertion), cases);

    /// <summary>The (seed, gamma) a property named <paramref name="name"/> runs with.</summary>
    public static (ulong Seed, ulong Gamma) SeedFor(string name)
    {
        string? replay = Environment.GetEnvironmentVariable("ADAMV_REPLAY");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            string[] parts = replay.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
                && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out ulong g))
            {
                return (s, g | 1);
            }

            throw new InvalidOperationException($"ADAMV_REPLAY must be 'seed,gamma' (two unsigned integers); got '{replay}'.");
        }

        ulong suite = SuiteSeed();
        ulong hash = 14695981039346656037UL;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        ulong seed = SeededRandom.DeriveSeed(suite, hash);
        ulong gamma = SeededRandom.DeriveSeed(seed, 1) | 1;
        return (seed, gamma);
    }

    /// <summary>The suite seed from ADAMV_SEED (default 20260101).</summary>
    public static ulong SuiteSeed()
    {
        string? text = Environment.GetEnvironmentVariable("ADAMV_SEED");
        return string.IsNullOrWhiteSpace(text) ? 20260101UL : ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    private static int Cases(int? requested)
    {
        string? text = Environment.GetEnvironmentVariable("ADAMV_PROPERTY_CASES");
        return !string.IsNullOrWhiteSpace(text) ? int.Parse(text, CultureInfo.InvariantCulture) : requested ?? DefaultCases;
    }

    private static void Run(string name, Property property, int? cases)
    {
        (ulong seed, ulong gamma) = SeedFor(name);
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(Cases(cases))
            .WithQuietOnSuccess(true)
            .WithName(name)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        try
        {
            property.Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PropertyFailedException(
                string.Create(CultureInfo.InvariantCulture, $"property '{name}' failed; replay with ADAMV_REPLAY={seed},{gamma} dotnet test --filter \"{name}\"{Environment.NewLine}{e.Message}"),
                e);
        }
    }
}
