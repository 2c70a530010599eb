namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// The state of one Adam-family run in d coordinates: the first moment m_t, the second moment v_t, AMSGrad's
/// running maximum v̂max_t and the step counter t (the number of steps taken; the next step is t + 1).
/// m_0 = v_0 = v̂max_0 = 0 and t = 0 after construction or <see cref="Reset"/>.
/// </summary>
public sealed class AdamState
{
    private readonly double[] _m;
    private readonly double[] _v;
    private readonly double[] _vMax;

    /// <summary>Creates the zero state in <paramref name="dimension"/> coordinates.</summary>
    public AdamState(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        _m = new double[dimension];
        _v = new double[dimension];
        _vMax = new double[dimension];
    }

    /// <summary>The number of coordinates d.</summary>
    public int Dimension => _m.Length;

    /// <summary>The number of steps taken so far.</summary>
    public long T { get; internal set; }

    /// <summary>m_t (read-only view).</summary>
    public ReadOnlySpan<double> M => _m;

    /// <summary>v_t (read-only view).</summary>
    public ReadOnlySpan<double> V => _v;

    /// <summary>v̂max_t, AMSGrad's running maximum (zero unless AMSGrad is on).</summary>
    public ReadOnlySpan<double> VMax => _vMax;

    internal Span<double> MutableM => _m;

    internal Span<double> MutableV => _v;

    internal Span<double> MutableVMax => _vMax;

    /// <summary>Returns to the zero state with t = 0.</summary>
    public void Reset()
    {
        Array.Clear(_m);
        Array.Clear(_v);
        Array.Clear(_vMax);
        T = 0;
    }

    /// <summary>An independent deep copy.</summary>
    public AdamState Clone()
    {
        var copy = new AdamState(Dimension);
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Overwrites this state with <paramref name="other"/>'s (same dimension).</summary>
    public void CopyFrom(AdamState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Dimension != Dimension)
        {
            throw new ArgumentException($"state dimensions differ: {other.Dimension} vs {Dimension}.", nameof(other));
        }

        other._m.CopyTo(_m, 0);
        other._v.CopyTo(_v, 0);
        other._vMax.CopyTo(_vMax, 0);
        T = other.T;
    }

    /// <summary>Sets the state explicitly (for replaying a recorded trace).</summary>
    public void Load(ReadOnlySpan<double> m, ReadOnlySpan<double> v, ReadOnlySpan<double> vMax, long t)
    {
        if (m.Length != Dimension || v.Length != Dimension || vMax.Length != Dimension)
        {
            throw new ArgumentException($"state buffers must have length {Dimension}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(t);
        m.CopyTo(_m);
        v.CopyTo(_v);
        vMax.CopyTo(_vMax);
        T = t;
    }
}
