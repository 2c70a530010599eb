using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Identifies which Adam an implementation is. <see cref="Battery"/> is a short, discriminating replay request — one
/// coordinate per pattern: zero then unit gradients, tiny gradients (1e-9, where ε's placement dominates), scales
/// rising 1e-4 → 1e2 then falling (v decreases: the AMSGrad forms part), sign flips, a long constant run then a drop,
/// a spike then small gradients — with ε = 1e-3 and λ = 0.1 so that ε placement and decay coupling show. A trace
/// recorded on it is compared with every preset (configured with its hyper-parameters); the presets within tolerance
/// match. Presets with the same mathematics (kingma-ba and pytorch-adam differ only in operation order) match together.
/// When none matches, the step-counter dimension is tried: whether a preset matches with t advancing once per parameter.
/// </summary>
public static class Fingerprint
{
    /// <summary>The pattern names, one per coordinate of <see cref="Battery"/>.</summary>
    public static IReadOnlyList<string> Patterns { get; } = ["zero then unit", "tiny (1e-9)", "scales up then down", "sign flips", "long run then drop", "spike then small"];

    /// <summary>The battery request for the given hyper-parameters' β's (defaults: β = (0.9, 0.999)); ε = 1e-3, λ = 0.1, α = 0.01.</summary>
    public static OptimizerTrace Battery(bool amsGrad = false, bool decoupled = false, double beta1 = 0.9, double beta2 = 0.999)
    {
        var hyper = new TraceHyperparameters(0.01, beta1, beta2, 1e-3, 0.1, amsGrad, decoupled);
        const int steps = 60;
        var list = new List<TraceStep>(steps);
        for (int t = 1; t <= steps; t++)
        {
            double scale = t <= 30 ? Math.Pow(10, -4 + (6.0 * (t - 1) / 29)) : Math.Pow(10, 2 - (6.0 * (t - 31) / 29));
            list.Add(new TraceStep(t, 0.01, [t <= 5 ? 0 : 1, 1e-9, scale, t % 2 == 0 ? 1 : -1, t <= 40 ? 1 : 0.01, t == 3 ? 100 : 0.1]));
        }

        return new OptimizerTrace("fingerprint battery", null, hyper, "float64", [0.5, -0.5, 1, -1, 2, -2], list);
    }

    /// <summary>Compares a trace recorded on the battery (or any recorded trace) with every preset.</summary>
    public static FingerprintResult Identify(OptimizerTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        // Each preset configured with the trace's hyper-parameters once; presets the trace cannot configure are skipped.
        (string Name, AdamOptions Options)[] candidates = [.. AdamPresets.All
            .Select(p => (p.Name, Options: TryConfigure(p.Name, trace)))
            .Where(c => c.Options is not null)
            .Select(c => (c.Name, c.Options!))];
        ConformanceReport[] reports = [.. candidates.Select(c => Conformance.Check(trace, c.Options, c.Name))];
        string[] matches = [.. reports.Where(r => r.Agrees).Select(r => r.Variant)];
        ConformanceReport nearest = reports.OrderByDescending(r => r.Agrees).ThenByDescending(r => r.FirstMismatch?.Step ?? long.MaxValue).ThenBy(r => r.LargestRelativeError).First();
        string[] perParameter = [];
        if (matches.Length == 0 && trace.Dimension > 1)
        {
            // The step-counter dimension: t advancing once per parameter (d per step), as in an implementation that
            // increments a shared counter inside its per-parameter loop.
            perParameter = [.. candidates.Where(c => Conformance.Check(trace, c.Options, c.Name, trace.Dimension).Agrees).Select(c => c.Name)];
        }

        return new FingerprintResult(matches, nearest.Variant, nearest.FirstMismatch, reports)
        {
            StepCounter = matches.Length > 0 ? "per step" : perParameter.Length > 0 ? "per parameter" : "unknown",
            PerParameterMatches = perParameter,
        };
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

    /// <summary>Records any C# implementation (a step function over x, g, α_t) on the battery and identifies it.</summary>
    public static FingerprintResult Identify(Func<OptimizerTrace, OptimizerTrace> record, bool amsGrad = false, bool decoupled = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Identify(record(Battery(amsGrad, decoupled)));
    }
}
