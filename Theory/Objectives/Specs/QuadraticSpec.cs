using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F1 written out: f(x) = ½·Σ_i λ_i·(q_iᵀ(x − c))², q_i the columns of <paramref name="Rotation"/> (rows given; absent = I).</summary>
/// <param name="Eigenvalues">λ_i ≥ 0.</param>
/// <param name="Centre">c, the minimiser (f(c) = 0).</param>
/// <param name="Rotation">Q by rows, orthonormal; null for the identity.</param>
public sealed record QuadraticSpec(double[] Eigenvalues, double[] Centre, double[][]? Rotation = null) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.Quadratic;

    /// <inheritdoc/>
    public override int Dimension() => Centre?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new QuadraticObjective(Eigenvalues, RotationRows.Build(Rotation, Dimension()), Centre);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireVector(nameof(Centre), Centre, Dimension());
        RequireVector(nameof(Eigenvalues), Eigenvalues, Dimension());
        RotationRows.Check(Rotation, Dimension());
    }
}
