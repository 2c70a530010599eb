namespace Adam.Verification.Theory.Objectives;

/// <summary>Small span kernels shared by the objectives.</summary>
public static class VectorMath
{
    /// <summary>Σ_i a_i·b_i.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    /// <summary>‖a‖₂, scaled to avoid overflow and underflow.</summary>
    public static double Norm(ReadOnlySpan<double> a)
    {
        double scale = NormInf(a);
        if (scale == 0 || !double.IsFinite(scale))
        {
            return scale;
        }

        double s = 0;
        foreach (double v in a)
        {
            double r = v / scale;
            s += r * r;
        }

        return scale * Math.Sqrt(s);
    }

    /// <summary>max_i |a_i| (NaN if any entry is NaN).</summary>
    public static double NormInf(ReadOnlySpan<double> a)
    {
        double m = 0;
        foreach (double v in a)
        {
            double abs = Math.Abs(v);
            if (abs > m || double.IsNaN(abs))
            {
                m = abs;
            }
        }

        return m;
    }

    /// <summary>Σ_i |a_i|.</summary>
    public static double Norm1(ReadOnlySpan<double> a)
    {
        double s = 0;
        foreach (double v in a)
        {
            s += Math.Abs(v);
        }

        return s;
    }

    /// <summary>True when every entry is finite.</summary>
    public static bool AllFinite(ReadOnlySpan<double> a)
    {
        foreach (double v in a)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws when a span's length differs from d.</summary>
    public static void RequireLength(int dimension, ReadOnlySpan<double> a, string what)
    {
        if (a.Length != dimension)
        {
            throw new ArgumentException($"{what} has length {a.Length}; the objective has dimension d = {dimension}.");
        }
    }
}
