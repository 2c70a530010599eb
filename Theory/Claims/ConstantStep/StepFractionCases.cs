using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// The cases the step-fraction claims share (constant-step-monotone-descent, -gradients-vanish, -limit-is-critical and,
/// through gradients-vanish, -gamma-indefinite): every family with a known K, d ∈ {2, …, 10}, w0 = c + 3·N(0, I), ρ
/// log-uniform in [1e-3, 10], β2 ~ U[0, 0.9999), bias correction with probability ½; each claim draws its own β1 and
/// step fraction u, in that order, after ρ.
/// </summary>
public static class StepFractionCases
{
    private static readonly ObjectiveFamily[] Families =
    [
        ObjectiveFamily.Quadratic, ObjectiveFamily.CauchySum, ObjectiveFamily.PlantedCos, ObjectiveFamily.DoubleWell,
        ObjectiveFamily.RastriginLike, ObjectiveFamily.CauchyRegression, ObjectiveFamily.PseudoHuber,
    ];

    /// <summary>Draws one case with horizon <paramref name="horizon"/>, β1 from <paramref name="beta1"/> and u from <paramref name="fraction"/>.</summary>
    public static StepFractionInstance Draw(SeededRandom random, long horizon, Func<SeededRandom, double> beta1, Func<SeededRandom, double> fraction)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(beta1);
        ArgumentNullException.ThrowIfNull(fraction);
        ObjectiveFamily family = random.Choose(Families);
        ulong seed = random.NextUInt64();
        int d = random.NextInt(2, 10);
        double[] start = ConstantStepInstance.DrawStart(ObjectiveGenerator.Draw(family, new SeededRandom(seed), d), 3, random);
        double rho = Math.Exp(random.Uniform(Math.Log(1e-3), Math.Log(10)));
        var instance = new ConstantStepInstance(family, seed, d, start, rho, true, horizon, beta1(random), random.Uniform(0, 0.9999), random.Bernoulli(0.5));
        return new StepFractionInstance(instance, fraction(random));
    }

    /// <summary>The constant-step shrink candidates, with u kept.</summary>
    public static IEnumerable<StepFractionInstance> Shrink(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return ConstantStepShrinker.Candidates(instance.Case).Select(c => instance with { Case = c });
    }

    /// <summary>The case in the constant-step form, with α as its fraction of 2ρ/K.</summary>
    public static string Describe(StepFractionInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return string.Create(CultureInfo.InvariantCulture, $"{ConstantStepShrinker.Describe(instance.Case)}, α = {instance.StepFraction:G3}·2ρ/K");
    }
}
