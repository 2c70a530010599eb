using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// Local changes of a constant-step case for targeted search: scale or shift the start w0, scale ρ, nudge β2, halve or
/// double the horizon T (at most <see cref="MaxHorizon"/>), or redraw the objective from its family (same dimension). β1 and the variant are kept, so a
/// mutant meets the same momentum hypothesis as its parent more often than not.
/// </summary>
public static class ConstantStepMutator
{
    /// <summary>The longest horizon a mutant may reach (the generator's largest T), so each evaluation stays cheap.</summary>
    public const long MaxHorizon = 5_000;

    /// <summary>One mutant.</summary>
    public static ConstantStepInstance Mutate(ConstantStepInstance instance, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(random);
        double sigma = Math.Pow(10, random.Uniform(-3, 0));
        switch (random.NextInt(11))
        {
            case 7:
            case 9:
            case 10:
                // A bold move in ρ: ×2 or ÷2 (ρ sets δ = γ/ρ, hence α and the bound).
                return instance with { Rho = instance.Rho * (random.Bernoulli(0.5) ? 2 : 0.5) };
            case 8:
                // A bold move in β2: the gap 1 − β2 doubled or halved.
                return instance with { Beta2 = Math.Clamp(1 - ((1 - instance.Beta2) * (random.Bernoulli(0.5) ? 2 : 0.5)), 0.5, 0.99999) };
            case 0:
                return instance with { Start = instance.Start.Select(v => v * Math.Exp(sigma * random.Normal())).ToArray() };
            case 1:
            {
                double[] w = (double[])instance.Start.Clone();
                w[random.NextInt(w.Length)] += sigma * 3 * random.Normal();
                return instance with { Start = w };
            }

            case 2:
                return instance with { Rho = instance.Rho * Math.Exp(sigma * random.Normal()) };
            case 3:
                return instance with { Beta2 = Math.Clamp(1 - ((1 - instance.Beta2) * Math.Exp(sigma * random.Normal())), 0.5, 0.99999) };
            case 4:
                return instance with { Horizon = Math.Clamp(random.Bernoulli(0.5) ? instance.Horizon / 2 : instance.Horizon * 2, 1, MaxHorizon) };
            case 5:
                return instance with { Horizon = Math.Clamp(instance.Horizon + random.NextInt(-5, 5), 1, MaxHorizon) };
            default:
                return instance with { ObjectiveSeed = random.NextUInt64() };
        }
    }
}
