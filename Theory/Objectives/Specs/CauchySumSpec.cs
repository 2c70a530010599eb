using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F2 written out: f(x) = Σ_i a_i·log(1 + (q_iᵀ(x − c)/s_i)²), q_i the columns of <paramref name="Rotation"/> (absent = I).</summary>
/// <param name="Weights">a_i &gt; 0.</param>
/// <param name="Scales">s_i &gt; 0.</param>
/// <param name="Centre">c, the minimiser.</param>
/// <param name="Rotation">Q by rows, orthonormal; null for the identity.</param>
public sealed record CauchySumSpec(double[] Weights, double[] Scales, double[] Centre, double[][]? Rotation = null) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.CauchySum;

    /// <inheritdoc/>
    public override int Dimension() => Centre?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new CauchySumObjective(Weights, Scales, RotationRows.Build(Rotation, Dimension()), Centre);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireVector(nameof(Centre), Centre, Dimension());
        RequireVector(nameof(Weights), Weights, Dimension());
        RequireVector(nameof(Scales), Scales, Dimension());
        RotationRows.Check(Rotation, Dimension());
    }
}
