using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// F1 (docs/claims.md#test-functions): f(x) = ½(x−c)ᵀA(x−c) with A = Q·diag(λ)·Qᵀ, λ_i ≥ 0. ∇f = A(x−c), ∇²f·v = Av.
/// K = max λ_i (exact, at every point), L* = 0 at c, ‖∇f‖ unbounded (Λr on ‖x−c‖ ≤ r).
/// </summary>
public sealed class QuadraticObjective : IObjective, Specs.ISpecifiedObjective
{
    private readonly double[] _lambda;
    private readonly double[] _c;
    private readonly Rotation _q;

    /// <summary>Creates F1 with eigenvalues <paramref name="eigenvalues"/> (≥ 0), rotation Q and centre c.</summary>
    public QuadraticObjective(double[] eigenvalues, Rotation rotation, double[] centre)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        ArgumentNullException.ThrowIfNull(rotation);
        ArgumentNullException.ThrowIfNull(centre);
        foreach (double l in eigenvalues)
        {
            OptionValidationException.RequireNonNegative("eigenvalue λ", l);
        }

        if (eigenvalues.Length != rotation.Dimension || centre.Length != rotation.Dimension)
        {
            throw new ArgumentException("eigenvalues, rotation and centre must share the dimension d.");
        }

        _lambda = (double[])eigenvalues.Clone();
        _c = (double[])centre.Clone();
        _q = rotation;
        double k = _lambda.Max();
        Facts = new ObjectiveFacts(k, true, (double[])_c.Clone(), 0, true, (double[])_c.Clone(), null, false, null);
    }

    /// <inheritdoc/>
    public Specs.ObjectiveSpec Spec => new Specs.QuadraticSpec((double[])_lambda.Clone(), (double[])_c.Clone(), Specs.RotationRows.Of(_q));

    /// <inheritdoc/>
    public string Name => $"F1 quadratic d={Dimension} λ∈[{_lambda.Min():G4}, {_lambda.Max():G4}]";

    /// <inheritdoc/>
    public int Dimension => _c.Length;

    /// <inheritdoc/>
    public ObjectiveFacts Facts { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        Span<double> u = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        Shift(x, u);
        double s = 0;
        for (int i = 0; i < Dimension; i++)
        {
            double p = _q.ColumnDot(i, u);
            s += _lambda[i] * p * p;
        }

        return 0.5 * s;
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        VectorMath.RequireLength(Dimension, x, "x");
        Span<double> u = Dimension <= 256 ? stackalloc double[Dimension] : new double[Dimension];
        Shift(x, u);
        ApplyA(u, gradient);
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> v, Span<double> result)
    {
        VectorMath.RequireLength(Dimension, v, "v");
        ApplyA(v, result);
    }

    private void Shift(ReadOnlySpan<double> x, Span<double> u)
    {
        for (int i = 0; i < Dimension; i++)
        {
            u[i] = x[i] - _c[i];
        }
    }

    private void ApplyA(ReadOnlySpan<double> u, Span<double> result)
    {
        result.Clear();
        for (int i = 0; i < Dimension; i++)
        {
            _q.AddColumn(i, _lambda[i] * _q.ColumnDot(i, u), result);
        }
    }
}
