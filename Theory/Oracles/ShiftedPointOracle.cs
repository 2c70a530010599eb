using System.Globalization;

namespace Adam.Verification.Theory.Oracles;

/// <summary>
/// An oracle that answers at the wrong point: g_t = inner(x_t + δ·1), the inner oracle evaluated with every coordinate
/// shifted by δ. Used to plant a gradient-oracle fault: a method driven by it settles where the inner gradient vanishes at
/// x + δ·1, so the true gradient at x_t keeps a floor |∇f(x* − δ·1)| &gt; 0. Never exact (the runner must not reuse g_t as ∇f).
/// </summary>
public sealed class ShiftedPointOracle : IGradientOracle
{
    private readonly IGradientOracle _inner;
    private readonly double[] _shifted;

    /// <summary>Wraps <paramref name="inner"/> with the shift δ = <paramref name="shift"/> (finite).</summary>
    public ShiftedPointOracle(IGradientOracle inner, double shift)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Optimizers.OptionValidationException.RequireFinite("δ", shift);
        _inner = inner;
        Shift = shift;
        _shifted = new double[inner.Dimension];
    }

    /// <summary>δ.</summary>
    public double Shift { get; }

    /// <inheritdoc/>
    public int Dimension => _inner.Dimension;

    /// <inheritdoc/>
    public bool IsExact => false;

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{_inner.Describe()}, evaluated at x + {Shift:G4}·1 (a shifted point)");

    /// <inheritdoc/>
    public void Gradient(long t, ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (x.Length != _shifted.Length)
        {
            throw new ArgumentException($"x has {x.Length} coordinates; the oracle's dimension is {_shifted.Length}.", nameof(x));
        }

        for (int i = 0; i < x.Length; i++)
        {
            _shifted[i] = x[i] + Shift;
        }

        _inner.Gradient(t, _shifted, gradient);
    }

    /// <inheritdoc/>
    public void Reset() => _inner.Reset();
}
