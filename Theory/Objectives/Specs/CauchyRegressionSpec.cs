using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>
/// F6 written out: f(x) = (1/n)·Σ_j log(1 + (a_jᵀx − b_j)²). When <paramref name="Noiseless"/>, the targets must be
/// b = A·x* for the given <paramref name="Minimiser"/> (to 1e-9 relative), which makes L* = 0 exact and x* a minimiser;
/// otherwise L* = 0 is only a lower bound (the loss is ≥ 0), the minimiser is unknown and <paramref name="Minimiser"/> is
/// only recorded.
/// </summary>
/// <param name="Rows">a_j, n ≥ 1 rows of length d (at most 10,000).</param>
/// <param name="Targets">b_j, one per row.</param>
/// <param name="Minimiser">x*, the planted point the targets were made from (null: none; L* is then unknown).</param>
/// <param name="Noiseless">Whether b = A·x* exactly.</param>
public sealed record CauchyRegressionSpec(double[][] Rows, double[] Targets, bool Noiseless, double[]? Minimiser = null) : ObjectiveSpec
{
    /// <summary>The largest relative residual |a_jᵀx* − b_j|/(1 + |b_j|) of a noiseless regression.</summary>
    public const double Tolerance = 1e-9;

    /// <inheritdoc/>
    public override ObjectiveFamily Kind() => ObjectiveFamily.CauchyRegression;

    /// <inheritdoc/>
    public override int Dimension() => Minimiser?.Length ?? Rows?.FirstOrDefault()?.Length ?? 0;

    /// <inheritdoc/>
    public override IObjective Build() => new CauchyRegressionObjective(Rows, Targets, Minimiser, Noiseless);

    /// <inheritdoc/>
    protected override void Check()
    {
        RequireRows(nameof(Rows), Rows, Dimension(), 10_000);
        RequireVector(nameof(Targets), Targets, Rows.Length);
        if (Minimiser is not null)
        {
            RequireVector(nameof(Minimiser), Minimiser, Dimension());
        }

        if (!Noiseless || Minimiser is null)
        {
            return;
        }

        for (int j = 0; j < Rows.Length; j++)
        {
            double fit = VectorMath.Dot(Rows[j], Minimiser);
            if (Math.Abs(fit - Targets[j]) > Tolerance * (1 + Math.Abs(Targets[j])))
            {
                throw new ArgumentException($"Targets[{j}] must equal Rows[{j}]·Minimiser = {fit:R} when Noiseless; got {Targets[j]:R}.");
            }
        }
    }
}
