using System.Globalization;
using System.Runtime.CompilerServices;
using Adam.Verification.Theory.Randomness;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Properties for <see cref="SeededPropertyAttribute"/> tests: FsCheck's <c>Prop.ForAll</c> labelled with the line that
/// replays the test (<c>ADAMV_REPLAY=seed,gamma dotnet test --filter …</c>), so that every failure prints its seed and
/// a replay command beside FsCheck's shrunk counterexample. Values drawn by <see cref="Seeded.Arbitrary{T}(Func{SeededRandom, T})"/>
/// reach the assertion unwrapped.
/// </summary>
public static class Replayable
{
    /// <summary>The property that <paramref name="property"/> holds for every generated value.</summary>
    public static Property ForAll<T>(Arbitrary<T> arbitrary, Func<T, bool> property, [CallerMemberName] string test = "", [CallerFilePath] string file = "") =>
        Prop.ForAll(arbitrary, property).Label(Line(test, file));

    /// <summary>The property that <paramref name="assertion"/> does not throw for any generated value.</summary>
    public static Property ForAll<T>(Arbitrary<T> arbitrary, Action<T> assertion, [CallerMemberName] string test = "", [CallerFilePath] string file = "") =>
        Prop.ForAll(arbitrary, assertion).Label(Line(test, file));

    /// <summary>The property that <paramref name="property"/> holds for every value the seeded generator draws.</summary>
    public static Property ForAll<T>(Arbitrary<Drawn<T>> arbitrary, Func<T, bool> property, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        ArgumentNullException.ThrowIfNull(property);
        return Prop.ForAll(arbitrary, d => property(d.Value)).Label(Line(test, file));
    }

    /// <summary>The property that <paramref name="assertion"/> does not throw for any value the seeded generator draws.</summary>
    public static Property ForAll<T>(Arbitrary<Drawn<T>> arbitrary, Action<T> assertion, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return Prop.ForAll(arbitrary, d => assertion(d.Value)).Label(Line(test, file));
    }

    /// <summary>
    /// Checks <paramref name="property"/> now, as <see cref="SeededPropertyAttribute"/> would for a test named
    /// <paramref name="test"/> (for tests about a property, such as one that must fail on a planted fault, or tests
    /// that assert something across all of its cases, such as how many were skipped); a
    /// failure throws <see cref="PropertyFailedException"/> with the replay line first.
    /// </summary>
    public static void Check(Property property, int cases = PropertySeeds.DefaultCases, [CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        ArgumentNullException.ThrowIfNull(property);
        (ulong seed, ulong gamma) = PropertySeeds.SeedFor(PropertySeeds.TestName(test, file));
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(PropertySeeds.Cases(cases))
            .WithQuietOnSuccess(true)
            .WithName(test)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        try
        {
            property.Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PropertyFailedException($"{Line(test, file)}{Environment.NewLine}{e.Message}", e);
        }
    }

    /// <summary>"replay: ADAMV_REPLAY=seed,gamma dotnet test --filter FullyQualifiedName~Class.Method" for the test.</summary>
    public static string Line(string test, string file)
    {
        string filter = PropertySeeds.TestName(test, file);
        (ulong seed, ulong gamma) = PropertySeeds.SeedFor(filter);
        return string.Create(CultureInfo.InvariantCulture, $"property {filter} (suite seed {PropertySeeds.SuiteSeed()}); replay: ADAMV_REPLAY={seed},{gamma} dotnet test --filter \"FullyQualifiedName~{filter}\"");
    }
}
