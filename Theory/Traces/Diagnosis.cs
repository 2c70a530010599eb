using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces.Mutants;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// What a trace that fails its preset looks like: every other preset it conforms to, and every catalogue mutant whose
/// effects, planted on the claimed preset, reproduce it in lock step (same tolerance as <see cref="Conformance"/>).
/// Mutants with the same lock-step behaviour (they differ only in what their recorder writes) are all named.
/// </summary>
public static class Diagnosis
{
    /// <summary>Descriptions of the presets and mutants that reproduce <paramref name="trace"/>, claimed to be <paramref name="preset"/>.</summary>
    public static IReadOnlyList<string> LooksLike(OptimizerTrace trace, string preset)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var found = new List<string>();
        foreach (AdamPreset p in AdamPresets.All)
        {
            if (p.Name != preset && TryConfigure(p.Name, trace) is { } options && Conformance.Check(trace, options, p.Name).Agrees)
            {
                found.Add($"preset {p.Name}");
            }
        }

        if (TryConfigure(preset, trace) is not { } claimed || claimed.Projection is not null)
        {
            return found;
        }

        foreach (Mutant mutant in MutantCatalogue.All)
        {
            var adam = new MutantAdam(mutant, claimed, trace.Dimension, trace.Hyperparameters.Lr);
            if (Conformance.Check(trace, adam, mutant.Id).Agrees)
            {
                found.Add($"{preset} with {mutant.Description} (mutant {mutant.Id})");
            }
        }

        return found;
    }

    private static AdamOptions? TryConfigure(string preset, OptimizerTrace trace)
    {
        try
        {
            return TraceVariant.Configure(preset, trace.Hyperparameters);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
