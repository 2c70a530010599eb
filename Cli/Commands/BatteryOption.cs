using System.CommandLine;
using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Cli.Commands;

/// <summary>The <c>--battery quick|standard|thorough</c> option of <c>fingerprint</c> and <c>mutants</c>.</summary>
public static class BatteryOption
{
    /// <summary>The option, restricted to the three level names, with <paramref name="defaultLevel"/> as its default.</summary>
    public static Option<string> Create(string description, string defaultLevel)
    {
        var option = new Option<string>("--battery") { Description = description, DefaultValueFactory = _ => defaultLevel };
        option.AcceptOnlyFromAmong("quick", "standard", "thorough");
        return option;
    }

    /// <summary>The level a validated option value names.</summary>
    public static BatteryLevel Parse(string value) => Enum.Parse<BatteryLevel>(value, ignoreCase: true);
}
