using System.Globalization;
using Adam.Verification.Theory.Claims.SignRatio;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>Shrinking and paper-form printing shared by the constant-step claims.</summary>
public static class ConstantStepShrinker
{
    private static readonly long[] Horizons = [10, 30, 100, 300, 1000];
    private static readonly double[] Beta2s = [0.9, 0.99, 0.999];

    /// <summary>Simpler candidates: shorter horizons, ρ = γ, round β2, β1 = 0, fewer dimensions, rounder start.</summary>
    public static IEnumerable<ConstantStepInstance> Candidates(ConstantStepInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        foreach (long t in Horizons.Where(t => t < instance.Horizon))
        {
            yield return instance with { Horizon = t };
        }

        if (!instance.RhoIsAbsolute && instance.Rho != 1)
        {
            yield return instance with { Rho = 1 };
        }

        // Only towards rounder values: any listed value from an unlisted β2, earlier listed values from a listed one.
        int listed = Array.IndexOf(Beta2s, instance.Beta2);
        foreach (double b2 in listed < 0 ? Beta2s : Beta2s[..listed])
        {
            yield return instance with { Beta2 = b2 };
        }

        if (instance.Beta1 != 0)
        {
            yield return instance with { Beta1 = 0 };
        }

        // A generated objective shrinks by regenerating it one dimension lower; a written-out one is kept as it is.
        if (instance.Dimension > 1 && instance.ObjectiveParameters is null)
        {
            yield return instance with { Dimension = instance.Dimension - 1, Start = instance.Start[..^1] };
        }

        double[] rounded = instance.Start.Select(v => SignRatioShrinker.RoundSignificant(v, 1)).ToArray();
        if (!rounded.SequenceEqual(instance.Start))
        {
            yield return instance with { Start = rounded };
        }
    }

    /// <summary>The case in paper form.</summary>
    public static string Describe(ConstantStepInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        string rho = instance.RhoIsAbsolute ? instance.Rho.ToString("G3", CultureInfo.InvariantCulture) : $"{instance.Rho.ToString("G3", CultureInfo.InvariantCulture)}·γ";
        string start = string.Join(", ", instance.Start.Select(v => v.ToString("G4", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture, $"{instance.Objective().Name}, w0 = ({start}), ρ = {rho}, T = {instance.Horizon}, β1 = {instance.Beta1:G4}, β2 = {instance.Beta2:G6}, {(instance.BiasCorrection ? "bias-corrected" : "no bias correction")}");
    }
}
