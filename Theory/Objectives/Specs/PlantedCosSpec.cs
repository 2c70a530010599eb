using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F3 written out: f(x) = Σ_j a_j·(1 − cos(w_jᵀ(x − x*))), k directions w_j of length d.</summary>
/// <param name="Directions">w_j, k ≥ 1 rows of length d (at most 10,000).</param>
/// <param name="Weights">a_j &gt; 0, one per direction.</param>
/// <param name="Minimiser">x* (f(x*) = 0).</param>
public sealed record PlantedCosSpec(double[][] Directions, double[] Weights, double[] Minimiser) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.PlantedCos;

    /// <inheritdoc/>
    public override int Dimension() => Minimiser?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new PlantedCosineObjective(Directions, Weights, Minimiser);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireVector(nameof(Minimiser), Minimiser, Dimension());
        RequireRows(nameof(Directions), Directions, Dimension(), 10_000);
        RequireVector(nameof(Weights), Weights, Directions.Length);
    }
}
