using System.Globalization;
using System.Runtime.CompilerServices;
using FsCheck.Xunit;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// An FsCheck.Xunit <c>[Property]</c> that runs at the suite's seed: FsCheck's <c>Replay</c> is the (seed, gamma)
/// <see cref="PropertySeeds.SeedFor"/> derives from ADAMV_SEED and the test's name, Class.Method (or ADAMV_REPLAY), its
/// <c>MaxTest</c> is <see cref="Cases"/> (ADAMV_PROPERTY_CASES overrides it), and it is quiet on success. The test
/// returns the property built by <see cref="Replayable.ForAll{T}(FsCheck.Arbitrary{T}, Func{T, bool}, string, string)"/>,
/// whose failure message carries the replay command.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SeededPropertyAttribute : PropertyAttribute
{
    private int _cases;

    /// <summary>Seeds the property from the name of the method it marks and of its file (the class: one type per file).</summary>
    public SeededPropertyAttribute([CallerMemberName] string test = "", [CallerFilePath] string file = "")
    {
        (ulong seed, ulong gamma) = PropertySeeds.SeedFor(PropertySeeds.TestName(test, file));
        Replay = string.Create(CultureInfo.InvariantCulture, $"{seed},{gamma}");
        QuietOnSuccess = true;
        Cases = PropertySeeds.DefaultCases;
    }

    /// <summary>Cases to run (default <see cref="PropertySeeds.DefaultCases"/>; ADAMV_PROPERTY_CASES wins).</summary>
    public int Cases
    {
        get => _cases;
        set
        {
            _cases = PropertySeeds.Cases(value);
            MaxTest = _cases;
        }
    }
}
