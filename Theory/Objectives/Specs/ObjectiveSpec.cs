using System.Text.Json.Serialization;

namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>
/// An objective of the families F1–F7 written out in full: every number its formula uses, so that a saved case rebuilds
/// it without the generator, and a person can write one by hand (docs/instances.md). In JSON the member
/// <c>"Family"</c> names the family by its <see cref="ObjectiveFamily"/> name and the other members are the parameters.
/// <see cref="Build"/> gives an objective equal, number for number, to the one the parameters were read from.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "Family", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(QuadraticSpec), nameof(ObjectiveFamily.Quadratic))]
[JsonDerivedType(typeof(CauchySumSpec), nameof(ObjectiveFamily.CauchySum))]
[JsonDerivedType(typeof(PlantedCosSpec), nameof(ObjectiveFamily.PlantedCos))]
[JsonDerivedType(typeof(DoubleWellSpec), nameof(ObjectiveFamily.DoubleWell))]
[JsonDerivedType(typeof(RastriginLikeSpec), nameof(ObjectiveFamily.RastriginLike))]
[JsonDerivedType(typeof(CauchyRegressionSpec), nameof(ObjectiveFamily.CauchyRegression))]
[JsonDerivedType(typeof(PseudoHuberSpec), nameof(ObjectiveFamily.PseudoHuber))]
public abstract record ObjectiveSpec
{
    /// <summary>The largest dimension a written objective may have (a replay must end).</summary>
    public const int MaxDimension = 1_000;

    /// <summary>The largest magnitude of a written parameter (squares and products of parameters stay finite).</summary>
    public const double MaxMagnitude = 1e30;

    /// <summary>The family.</summary>
    public abstract ObjectiveFamily Kind();

    /// <summary>d, from the parameters' lengths.</summary>
    public abstract int Dimension();

    /// <summary>The parameters of <paramref name="objective"/>.</summary>
    /// <exception cref="ArgumentException">The objective is not one of F1–F7.</exception>
    public static ObjectiveSpec Of(IObjective objective) => objective is ISpecifiedObjective s
        ? s.Spec
        : throw new ArgumentException($"{objective?.Name} has no written form (only F1–F7 do).", nameof(objective));

    /// <summary>The objective.</summary>
    /// <exception cref="ArgumentException">A parameter lies outside the family's domain; the message names it.</exception>
    public abstract IObjective Build();

    /// <summary>
    /// Throws unless the parameters make an objective of the family whose facts (K, L*, the minimiser, γ) are true: shapes
    /// agree, numbers are finite and in range, a rotation is orthonormal, a noiseless regression's targets are A·x*.
    /// </summary>
    /// <param name="at">The JSON path of these parameters, for messages.</param>
    /// <exception cref="ArgumentException">The message names the field.</exception>
    public void Validate(string at)
    {
        int d = Dimension();
        if (d < 1 || d > MaxDimension)
        {
            throw new ArgumentException($"{at}: the dimension must lie in [1, {MaxDimension}]; got {d}.");
        }

        try
        {
            Check();
            ObjectiveFacts facts = Build().Facts;
            RequireFiniteFact("K", facts.SmoothnessK, positive: true);
            RequireFiniteFact("L*", facts.OptimalValue, positive: false);
            RequireFiniteFact("γ", facts.GradientBound, positive: true);
            RequireFiniteFact("γ∞", facts.CoordinateGradientBound, positive: true);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{at}: {e.Message}", e);
        }
        catch (Exception e) when (e is ArithmeticException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw new ArgumentException($"{at}: the parameters do not make a {Kind()} objective whose facts can be computed ({e.Message})", e);
        }
    }

    /// <summary>
    /// Throws unless <paramref name="parameters"/> is null or valid (<see cref="Validate"/>) and of the given family and
    /// dimension (an instance that states both).
    /// </summary>
    public static void RequireMatching(ObjectiveSpec? parameters, ObjectiveFamily family, int dimension, string at)
    {
        if (parameters is null)
        {
            return;
        }

        parameters.Validate(at);
        if (parameters.Kind() != family || parameters.Dimension() != dimension)
        {
            throw new ArgumentException($"{at} is a {parameters.Kind()} objective of dimension {parameters.Dimension()}; Family and Dimension say {family}, {dimension}.");
        }
    }

    /// <summary>The family's own rules beyond what <see cref="Build"/> checks.</summary>
    protected abstract void Check();

    private static void RequireFiniteFact(string name, double? value, bool positive)
    {
        if (value is double v && !(double.IsFinite(v) && (!positive || v > 0)))
        {
            throw new ArgumentException($"the parameters give {name} = {v}; it must be finite{(positive ? " and > 0 (an objective that is constant in every direction has nothing to test)" : string.Empty)}.");
        }
    }

    /// <summary>Throws unless <paramref name="values"/> has <paramref name="length"/> finite numbers of size at most <see cref="MaxMagnitude"/>.</summary>
    protected static void RequireVector(string field, double[]? values, int length)
    {
        if (values is null || values.Length != length)
        {
            throw new ArgumentException($"{field} must hold {length} numbers (the dimension); got {values?.Length ?? 0}.");
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!(Math.Abs(values[i]) <= MaxMagnitude))
            {
                throw new ArgumentException($"{field}[{i}] must be a finite number of size at most {MaxMagnitude:G3}; got {values[i]}.");
            }
        }
    }

    /// <summary>Throws unless <paramref name="rows"/> has between 1 and <paramref name="maxRows"/> rows of <paramref name="length"/> finite numbers.</summary>
    protected static void RequireRows(string field, double[][]? rows, int length, int maxRows)
    {
        if (rows is null || rows.Length < 1 || rows.Length > maxRows)
        {
            throw new ArgumentException($"{field} must hold between 1 and {maxRows} rows; got {rows?.Length ?? 0}.");
        }

        for (int j = 0; j < rows.Length; j++)
        {
            RequireVector($"{field}[{j}]", rows[j], length);
        }
    }
}
