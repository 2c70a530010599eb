using System.CommandLine;
using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Cli.Commands;

/// <summary>The <c>--battery quick|standard|thorough</c> option of <c>fingerprint</c> and <c>mutants</c>.</summary>
public static class BatteryOption
{
    /// <summary>The option, restricted to the three level names, with <paramref name="defaultLevel"/> as its default.</summary>
    public static Option<Choice<BatteryLevel>> Create(string description, BatteryLevel defaultLevel) =>
        ChoiceOption.Create("--battery", description, ChoiceOption.Of<BatteryLevel>(), defaultLevel);

    /// <summary>
    /// The battery seed: <paramref name="seed"/>'s value, or the default. The quick battery is one fixed request (its
    /// design draws nothing), so a seed given with it is refused rather than silently ignored.
    /// </summary>
    /// <exception cref="ArgumentException">--seed given with --battery quick.</exception>
    public static ulong Seed(ParseResult parse, BatteryLevel level, Option<ulong?> seed)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.GetValue(seed) is { } given)
        {
            if (level == BatteryLevel.Quick)
            {
                throw new ArgumentException("--seed: the quick battery is one fixed request that no seed changes; --seed draws the standard and thorough batteries.");
            }

            return given;
        }

        return BatteryCatalogue.DefaultSeed;
    }
}
