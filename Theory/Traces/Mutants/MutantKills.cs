using Adam.Verification.Theory.Traces.Batteries;

namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// Runs the mutant catalogue against a battery, as an implementer's CI would: each mutant answers the battery in the
/// flavour of its preset (amsgrad for the AMSGrad presets, decoupled for adamw), and is killed when some trace fails
/// <c>conform --request</c>: it does not answer its request, or it disagrees in lock step with the preset it claims.
/// </summary>
public static class MutantKills
{
    /// <summary>The outcome for every mutant observable in traces, in catalogue order.</summary>
    public static IReadOnlyList<MutantKill> Evaluate(BatteryLevel level, ulong seed = BatteryCatalogue.DefaultSeed)
    {
        var batteries = new Dictionary<(bool, bool), TraceBattery>();
        var kills = new List<MutantKill>();
        foreach (Mutant mutant in MutantCatalogue.All.Where(m => m.UnobservableInTraces is null))
        {
            (bool amsGrad, bool decoupled) flavour = (mutant.Preset.StartsWith("amsgrad", StringComparison.Ordinal), mutant.Preset == "adamw");
            if (!batteries.TryGetValue(flavour, out TraceBattery? battery))
            {
                battery = batteries[flavour] = BatteryCatalogue.Get(level, flavour.amsGrad, flavour.decoupled, seed);
            }

            kills.Add(Evaluate(mutant, battery));
        }

        return kills;
    }

    /// <summary>Whether <paramref name="battery"/> kills <paramref name="mutant"/>.</summary>
    public static MutantKill Evaluate(Mutant mutant, TraceBattery battery)
    {
        ArgumentNullException.ThrowIfNull(mutant);
        ArgumentNullException.ThrowIfNull(battery);
        foreach (BatteryEntry entry in battery.Entries)
        {
            OptimizerTrace trace = MutantCatalogue.Record(mutant, entry.Trace);
            if (RequestCheck.Compare(trace, entry.Trace) is { } difference)
            {
                return new MutantKill(mutant, entry.Name, $"request: {difference}");
            }

            if (Conformance.Check(trace, TraceVariant.Configure(mutant.Preset, trace.Hyperparameters), mutant.Preset).FirstMismatch is { } mismatch)
            {
                return new MutantKill(mutant, entry.Name, $"lock-step: {mismatch}");
            }
        }

        return new MutantKill(mutant, null, null);
    }
}
