using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>F5 written out: f(x) = Σ_i a·log(1 + u_i²) + b·(1 − cos ω·u_i), u = x − c.</summary>
/// <param name="A">a &gt; 0.</param>
/// <param name="B">b ≥ 0.</param>
/// <param name="Omega">ω &gt; 0.</param>
/// <param name="Centre">c, the minimiser.</param>
public sealed record RastriginLikeSpec(double A, double B, double Omega, double[] Centre) : ObjectiveSpec
{
    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.RastriginLike;

    /// <inheritdoc/>
    public override int Dimension() => Centre?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new RastriginLikeObjective(A, B, Omega, Centre);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireVector(nameof(Centre), Centre, Dimension());
        RequireVector("A, B, Omega", [A, B, Omega], 3);
    }
}
