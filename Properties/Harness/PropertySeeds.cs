using System.Globalization;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// The suite's seeds for its FsCheck properties, read from the environment:
/// <list type="bullet">
/// <item><c>ADAMV_SEED</c>: the suite seed (default 20260101); each property derives its FsCheck seed from it and the test's name;</item>
/// <item><c>ADAMV_REPLAY</c>: "seed,gamma" printed by a failure; replays exactly that run;</item>
/// <item><c>ADAMV_PROPERTY_CASES</c>: cases per property, overriding every test's own count.</item>
/// </list>
/// </summary>
public static class PropertySeeds
{
    /// <summary>Cases per property unless a test or ADAMV_PROPERTY_CASES says otherwise.</summary>
    public const int DefaultCases = 100;

    /// <summary>The (seed, gamma) the property test named <paramref name="test"/> (Class.Method, <see cref="TestName"/>) runs with.</summary>
    /// <exception cref="InvalidOperationException">ADAMV_REPLAY is set but is not two unsigned integers.</exception>
    public static (ulong Seed, ulong Gamma) SeedFor(string test)
    {
        ArgumentNullException.ThrowIfNull(test);
        string? replay = Environment.GetEnvironmentVariable("ADAMV_REPLAY");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            string[] parts = replay.Trim('(', ')', ' ').Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length == 2
                && ulong.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
                && ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out ulong g))
            {
                return (s, g | 1);
            }

            throw new InvalidOperationException($"ADAMV_REPLAY must be 'seed,gamma' (two unsigned integers); got '{replay}'.");
        }

        ulong hash = 14695981039346656037UL;
        foreach (char c in test)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        ulong seed = SeededRandom.DeriveSeed(SuiteSeed(), hash);
        ulong gamma = SeededRandom.DeriveSeed(seed, 1) | 1;
        return (seed, gamma);
    }

    /// <summary>"Class.Method" for the test method <paramref name="method"/> in <paramref name="file"/> (one type per file).</summary>
    public static string TestName(string method, string file)
    {
        string type = Path.GetFileNameWithoutExtension(file);
        return string.IsNullOrEmpty(type) ? method : $"{type}.{method}";
    }

    /// <summary>The suite seed from ADAMV_SEED (default 20260101).</summary>
    public static ulong SuiteSeed()
    {
        string? text = Environment.GetEnvironmentVariable("ADAMV_SEED");
        return string.IsNullOrWhiteSpace(text) ? 20260101UL : ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>ADAMV_PROPERTY_CASES when set, else <paramref name="requested"/>.</summary>
    public static int Cases(int requested)
    {
        string? text = Environment.GetEnvironmentVariable("ADAMV_PROPERTY_CASES");
        return !string.IsNullOrWhiteSpace(text) ? int.Parse(text, CultureInfo.InvariantCulture) : requested;
    }
}
