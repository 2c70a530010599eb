using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// What the claims on arXiv 2507.05966's sign-like schedule share: the problems they fit and the check of the
/// schedule's hypothesis β1 &lt; √β2 at every horizon.
/// </summary>
internal static class SignLikeRateProblems
{
    /// <summary>The dimension of the problems.</summary>
    public const int Dimension = 10;

    /// <summary>
    /// The noisy quadratic ½‖x − c‖² with c ~ N(0, I) and a generated F2, both d = 10, drawn from
    /// <paramref name="random"/> in that order.
    /// </summary>
    public static IObjective[] Draw(SeededRandom random)
    {
        double[] centre = [.. Enumerable.Range(0, Dimension).Select(_ => random.Normal())];
        var quadratic = new QuadraticObjective([.. Enumerable.Repeat(1.0, Dimension)], Rotation.Identity(Dimension), centre);
        return [quadratic, ObjectiveGenerator.Draw(ObjectiveFamily.CauchySum, random, Dimension)];
    }

    /// <summary>
    /// One line per horizon at which <paramref name="study"/>'s schedule breaks β1 &lt; √β2 (or, with
    /// <paramref name="withoutMomentum"/>, β1 = 0).
    /// </summary>
    public static IEnumerable<string> UnmetHypotheses(RateStudy study, IReadOnlyList<long> horizons, bool withoutMomentum = false)
    {
        foreach (long horizon in horizons)
        {
            AdamOptions options = study.ConfigureFor(horizon, new double[study.Objective.Dimension]).Options;
            if ((withoutMomentum && options.Beta1 != 0) || !(options.Beta1 < Math.Sqrt(options.Beta2)))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{study.Objective.Name}, T = {horizon}: {(withoutMomentum ? "β1 ≠ 0 or " : string.Empty)}β1 ≥ √β2");
            }
        }
    }
}
