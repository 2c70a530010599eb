using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Definitions;

/// <summary>
/// One case of <c>smoothness-definition-as-printed</c>: an objective of a generated family (drawn from
/// <see cref="Seed"/> in dimension <see cref="Dimension"/>, with its known K) and the pair w1, w2 = w1 + r·u.
/// </summary>
/// <param name="Family">The family F1–F7.</param>
/// <param name="Seed">The stream the objective is drawn from.</param>
/// <param name="Dimension">d.</param>
/// <param name="First">w1.</param>
/// <param name="Direction">u (a unit vector).</param>
/// <param name="Distance">r = ‖w2 − w1‖.</param>
public sealed record SmoothnessPairInstance(ObjectiveFamily Family, ulong Seed, int Dimension, double[] First, double[] Direction, double Distance)
{
    /// <summary>The objective.</summary>
    public IObjective Objective() => ObjectiveGenerator.Draw(Family, new SeededRandom(Seed), Dimension);

    /// <summary>w2 = w1 + r·u.</summary>
    public double[] Second() => [.. First.Select((w, i) => w + (Distance * Direction[i]))];
}
