using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F4 written out: f(x) = Σ_i s_i·ψ(x_i − c_i), ψ the double well of <see cref="DoubleWellObjective"/>.</summary>
/// <param name="Scales">s_i &gt; 0.</param>
/// <param name="Centre">c.</param>
public sealed record DoubleWellSpec(double[] Scales, double[] Centre) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.DoubleWell;

    /// <inheritdoc/>
    public override int Dimension() => Centre?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new DoubleWellObjective(Scales, Centre);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireVector(nameof(Centre), Centre, Dimension());
        RequireVector(nameof(Scales), Scales, Dimension());
    }
}
