using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F7 written out: f(x) = Σ_i (√(1 + (x_i − c_i)²) − 1).</summary>
/// <param name="Centre">c, the minimiser.</param>
public sealed record PseudoHuberSpec(double[] Centre) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.PseudoHuber;

    /// <inheritdoc/>
    public override int Dimension() => Centre?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new PseudoHuberObjective(Centre);

    /// <inheritdoc/>
    protected override void Check() => RequireVector(nameof(Centre), Centre, Dimension());
}
