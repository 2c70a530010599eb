using System.Text.Json.Serialization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// A Theorem 2 case: a constant-step case over a finite sum with n components, P sampled paths. The sum is multiplicative,
/// F_j = s_j·F, unless <see cref="CoordinateWeighted"/>, where F is the separable pseudo-Huber function and
/// F_j = Σ_i a_{j,i}·φ̃(x_i − c_i) (components of different shapes whose gradients agree in sign). The components are
/// written out (<see cref="Scales"/> s_j, or <see cref="Weights"/> a_{j,i}); without them (older files) they are regenerated
/// from <paramref name="SumSeed"/>, which also seeds the paths' sampling.
/// </summary>
public sealed record StochasticInstance(ConstantStepInstance Case, int Components, ulong SumSeed, int Paths) : IValidInstance, IExplicitInstance<StochasticInstance>
{
    /// <summary>Whether the components are coordinate-weighted pseudo-Huber functions (absent in older files: multiplicative).</summary>
    public bool CoordinateWeighted { get; init; }

    /// <summary>A multiplicative sum's s_j (&gt; 0, mean 1), one per component; null: drawn from <see cref="SumSeed"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[]? Scales { get; init; }

    /// <summary>A coordinate-weighted sum's a_{j,i} (&gt; 0, each coordinate's mean 1), one row per component; null: drawn from <see cref="SumSeed"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double[][]? Weights { get; init; }

    /// <summary>
    /// The finite sum over <paramref name="f"/> (this case's objective) and the largest component factor (max s_j or
    /// max a_{j,i}), which bounds every sampled gradient by that factor times f's bounds.
    /// </summary>
    public (IFiniteSumObjective Sum, double MaxFactor) Sum(IObjective f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (CoordinateWeighted)
        {
            WeightedPseudoHuberSum weighted = Weights is null
                ? WeightedPseudoHuberSum.Draw(f.Facts.Minimiser!, Components, new SeededRandom(SumSeed))
                : new WeightedPseudoHuberSum(f.Facts.Minimiser!, Weights);
            return (weighted, weighted.MaxWeight);
        }

        ScaledShiftedFiniteSum multiplicative = Scales is null
            ? ObjectiveGenerator.DrawFiniteSum(f, FiniteSumKind.Multiplicative, Components, new SeededRandom(SumSeed))
            : new ScaledShiftedFiniteSum(f, Scales, [.. Scales.Select(_ => new double[f.Dimension])], FiniteSumKind.Multiplicative);
        return (multiplicative, Enumerable.Range(0, multiplicative.Count).Max(multiplicative.Scale));
    }

    /// <inheritdoc/>
    public StochasticInstance Explicit()
    {
        ConstantStepInstance explicitCase = Case.Explicit();
        if (Scales is not null || Weights is not null)
        {
            return this with { Case = explicitCase };
        }

        IFiniteSumObjective sum = Sum(explicitCase.Objective()).Sum;
        return sum switch
        {
            WeightedPseudoHuberSum w => this with { Case = explicitCase, Weights = w.WeightRows() },
            ScaledShiftedFiniteSum m => this with { Case = explicitCase, Scales = [.. Enumerable.Range(0, m.Count).Select(m.Scale)] },
            _ => this with { Case = explicitCase },
        };
    }

    /// <inheritdoc/>
    public void Validate()
    {
        Case.Validate();
        InstanceDomain.RequireWithin("Components", Components, 2, 10_000);
        InstanceDomain.RequireWithin("Paths", Paths, 1, 10_000);
        InstanceDomain.RequireWork("Paths × Dimension² × Horizon", (double)Paths * Case.Dimension * Case.Dimension * Case.Horizon, 1e10);
        if (CoordinateWeighted && Case.Family != ObjectiveFamily.PseudoHuber)
        {
            throw new ArgumentException($"CoordinateWeighted needs the separable pseudo-Huber family (F7); got {Case.Family}.");
        }

        if (Scales is not null && (CoordinateWeighted || Weights is not null))
        {
            throw new ArgumentException("Scales belong to a multiplicative sum: not with CoordinateWeighted or Weights.");
        }

        if (Weights is not null && !CoordinateWeighted)
        {
            throw new ArgumentException("Weights belong to a coordinate-weighted sum: set CoordinateWeighted.");
        }

        if (Scales is not null)
        {
            RequireComponentFactors("Scales", [Scales], Components, 1);
        }

        if (Weights is not null)
        {
            RequireComponentFactors("Weights", Weights, Components, Case.Dimension);
        }
    }

    /// <summary>
    /// Throws unless the factors form a sum of <paramref name="components"/> components: for <c>Scales</c> one row of n
    /// numbers, for <c>Weights</c> n rows of d numbers; all finite and positive, each column of mean 1 (to 1e-10), so that
    /// the mean of the components is the objective.
    /// </summary>
    private static void RequireComponentFactors(string field, double[][] rows, int components, int columns)
    {
        bool scales = field == "Scales";
        int rowCount = scales ? 1 : components, rowLength = scales ? components : columns;
        if (rows.Length != rowCount || rows.Any(r => r is null || r.Length != rowLength))
        {
            throw new ArgumentException(scales
                ? $"Scales must hold Components = {components} numbers."
                : $"Weights must hold Components = {components} rows of Dimension = {columns} numbers.");
        }

        for (int j = 0; j < rows.Length; j++)
        {
            for (int i = 0; i < rows[j].Length; i++)
            {
                if (!(rows[j][i] > 0) || !double.IsFinite(rows[j][i]))
                {
                    throw new ArgumentException(scales ? $"Scales[{i}] must be finite and positive; got {rows[j][i]:R}." : $"Weights[{j}][{i}] must be finite and positive; got {rows[j][i]:R}.");
                }
            }
        }

        double[] means = scales ? [rows[0].Average()] : [.. Enumerable.Range(0, columns).Select(i => rows.Average(r => r[i]))];
        for (int i = 0; i < means.Length; i++)
        {
            if (Math.Abs(means[i] - 1) > 1e-10)
            {
                throw new ArgumentException(scales ? $"Scales must have mean 1 (the components average to the objective); got {means[i]:R}." : $"the Weights of coordinate {i} must have mean 1; got {means[i]:R}.");
            }
        }
    }
}
