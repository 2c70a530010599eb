using System.Numerics;
using System.Runtime.InteropServices;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Empirical.Training;

/// <summary>
/// The training loop's Adam: float32, one fused, vectorised pass over (x, g, m, v[, s]) per step, for any variant of
/// <see cref="AdamOptions"/> except a projection. With c1 = 1 − β1^t and c2 = 1 − β2^t (1 without bias correction):
/// <code>
/// g ← g + λx (coupled)      m ← β1·m + (1−β1)·g      v ← β2·v + (1−β2)·g²
/// s = v | max(s, v) | max(s, v/c2)                                    (AMSGrad form; c2 := 1 for the last)
/// x ← x·(1 − α_t·λ) (decoupled);  x ← x − a·m / (√(k·s + ε_in)·r + ε_out)
/// </code>
/// where (a, k, ε_in, r, ε_out) is (α_t/c1, 1, 0, 1/√c2, ε) with ε outside √v̂ (Kingma &amp; Ba Alg. 1, PyTorch),
/// (α_t·√c2/c1, 1, 0, 1, ε̂) with ε outside √v (Kingma &amp; Ba §2), and (α_t/c1, 1/c2, ε, 1, 0) with ε inside the root
/// (Reddi et al. 2018). 0/0 := 0 as in <see cref="AdamUpdate"/>. Tests check it step by step against
/// <see cref="AdamUpdate.Step(AdamOptions, AdamState, Span{double}, ReadOnlySpan{double}, double)"/> to float32 rounding.
/// </summary>
public sealed class VectorAdam
{
    private readonly float[] _m;
    private readonly float[] _v;
    private readonly float[] _s;

    /// <summary>Creates the optimizer state for <paramref name="dimension"/> parameters.</summary>
    /// <exception cref="OptionValidationException">The options ask for a projection, which the kernel does not implement.</exception>
    public VectorAdam(AdamOptions options, int dimension)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(dimension);
        if (options.Projection is not null)
        {
            throw new OptionValidationException("projection", "the float32 kernel does not project onto a box; use the reference AdamUpdate.");
        }

        Options = options;
        _m = new float[dimension];
        _v = new float[dimension];
        _s = options.AmsGrad == AmsGradForm.None ? [] : new float[dimension];
    }

    /// <summary>The variant.</summary>
    public AdamOptions Options { get; }

    /// <summary>Steps taken.</summary>
    public long T { get; private set; }

    /// <summary>d.</summary>
    public int Dimension => _m.Length;

    /// <summary>m_t.</summary>
    public ReadOnlySpan<float> M => _m;

    /// <summary>v_t.</summary>
    public ReadOnlySpan<float> V => _v;

    /// <summary>The AMSGrad maximum s_t (empty without AMSGrad).</summary>
    public ReadOnlySpan<float> VMax => _s;

    /// <summary>Sets the state (used by the step-by-step parity checks).</summary>
    public void Load(ReadOnlySpan<float> m, ReadOnlySpan<float> v, ReadOnlySpan<float> vMax, long t)
    {
        if (m.Length != Dimension || v.Length != Dimension || vMax.Length != _s.Length)
        {
            throw new ArgumentException($"state buffers must have length {Dimension} (and {_s.Length} for the maximum).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(t);
        m.CopyTo(_m);
        v.CopyTo(_v);
        vMax.CopyTo(_s);
        T = t;
    }

    /// <summary>One step t = T + 1 with step size α_t.</summary>
    /// <exception cref="NonFiniteGradientException">g has a NaN or ±∞ coordinate; nothing was written.</exception>
    public void Step(Span<float> x, ReadOnlySpan<float> g, double alphaT)
    {
        if (x.Length != Dimension || g.Length != Dimension)
        {
            throw new ArgumentException($"x and g must have length {Dimension}; got {x.Length} and {g.Length}.");
        }

        OptionValidationException.RequireNonNegative("α_t", alphaT);
        long t = T + 1;
        ThrowIfNonFinite(g, t);
        AdamOptions o = Options;
        double c1 = o.BiasCorrection ? 1 - Math.Pow(o.Beta1, t) : 1;
        double c2 = o.BiasCorrection ? 1 - Math.Pow(o.Beta2, t) : 1;
        bool correctedMax = o.AmsGrad == AmsGradForm.MaxOfBiasCorrectedV;
        double c2Used = correctedMax ? 1 : c2;
        (double a, double k, double epsIn, double r, double epsOut) = o.EpsilonPlacement switch
        {
            EpsilonPlacement.OutsideUncorrectedRoot => (alphaT * Math.Sqrt(c2Used) / c1, 1.0, 0.0, 1.0, o.Epsilon),
            EpsilonPlacement.InsideRoot => (alphaT / c1, 1 / c2Used, o.Epsilon, 1.0, 0.0),
            _ => (alphaT / c1, 1.0, 0.0, 1 / Math.Sqrt(c2Used), o.Epsilon),
        };
        double lambda = o.WeightDecay;
        var p = new Coefficients(
            (float)o.Beta1, (float)(1 - o.Beta1), (float)o.Beta2, (float)(1 - o.Beta2),
            o.WeightDecayMode == WeightDecayMode.CoupledL2 ? (float)lambda : 0f,
            o.WeightDecayMode == WeightDecayMode.Decoupled ? (float)(1 - (alphaT * lambda)) : 1f,
            (float)a, (float)k, (float)epsIn, (float)r, (float)epsOut, (float)(1 / c2));
        Kernel(x, g, p, o.AmsGrad);
        T = t;
    }

    private static void ThrowIfNonFinite(ReadOnlySpan<float> g, long step)
    {
        ReadOnlySpan<Vector<float>> vectors = MemoryMarshal.Cast<float, Vector<float>>(g);
        Vector<float> probe = Vector<float>.Zero;
        foreach (Vector<float> block in vectors)
        {
            probe += block - block;
        }

        float scalar = 0;
        for (int i = vectors.Length * Vector<float>.Count; i < g.Length; i++)
        {
            scalar += g[i] - g[i];
        }

        if (Vector.EqualsAll(probe, Vector<float>.Zero) && scalar == 0)
        {
            return;
        }

        for (int i = 0; i < g.Length; i++)
        {
            if (!float.IsFinite(g[i]))
            {
                throw new NonFiniteGradientException(step, i, g[i]);
            }
        }
    }

    private void Kernel(Span<float> x, ReadOnlySpan<float> g, Coefficients p, AmsGradForm form)
    {
        int n = x.Length;
        int done = Lanes(x, g, p, form);
        for (int i = done; i < n; i++)
        {
            float xi = x[i];
            float gi = g[i] + (p.Coupled * xi);
            float mi = (p.Beta1 * _m[i]) + (p.OneMinusBeta1 * gi);
            float vi = (p.Beta2 * _v[i]) + (p.OneMinusBeta2 * (gi * gi));
            _m[i] = mi;
            _v[i] = vi;
            float si = form switch
            {
                AmsGradForm.MaxOfV => _s[i] = MathF.Max(_s[i], vi),
                AmsGradForm.MaxOfBiasCorrectedV => _s[i] = MathF.Max(_s[i], vi * p.InverseC2),
                _ => vi,
            };
            float denominator = (MathF.Sqrt((p.K * si) + p.EpsilonInside) * p.R) + p.EpsilonOutside;
            x[i] = (xi * p.Decay) - (p.A * (denominator == 0 ? 0 : mi / denominator));
        }
    }

    /// <summary>The <see cref="Vector{T}"/> part (AVX2 or SSE lanes); returns how many elements it did.</summary>
    private int Lanes(Span<float> x, ReadOnlySpan<float> g, Coefficients p, AmsGradForm form)
    {
        int vectorEnd = x.Length - (x.Length % Vector<float>.Count);
        Span<Vector<float>> xv = MemoryMarshal.Cast<float, Vector<float>>(x[..vectorEnd]);
        ReadOnlySpan<Vector<float>> gv = MemoryMarshal.Cast<float, Vector<float>>(g[..vectorEnd]);
        Span<Vector<float>> mv = MemoryMarshal.Cast<float, Vector<float>>(_m.AsSpan(0, vectorEnd));
        Span<Vector<float>> vv = MemoryMarshal.Cast<float, Vector<float>>(_v.AsSpan(0, vectorEnd));
        Span<Vector<float>> sv = form == AmsGradForm.None ? [] : MemoryMarshal.Cast<float, Vector<float>>(_s.AsSpan(0, vectorEnd));
        var b1 = new Vector<float>(p.Beta1);
        var b1c = new Vector<float>(p.OneMinusBeta1);
        var b2 = new Vector<float>(p.Beta2);
        var b2c = new Vector<float>(p.OneMinusBeta2);
        var coupled = new Vector<float>(p.Coupled);
        var decay = new Vector<float>(p.Decay);
        var a = new Vector<float>(p.A);
        var k = new Vector<float>(p.K);
        var epsIn = new Vector<float>(p.EpsilonInside);
        var r = new Vector<float>(p.R);
        var epsOut = new Vector<float>(p.EpsilonOutside);
        var inverseC2 = new Vector<float>(p.InverseC2);
        bool max = form != AmsGradForm.None, corrected = form == AmsGradForm.MaxOfBiasCorrectedV;
        for (int i = 0; i < xv.Length; i++)
        {
            Vector<float> xi = xv[i];
            Vector<float> gi = gv[i] + (coupled * xi);
            Vector<float> mi = (b1 * mv[i]) + (b1c * gi);
            Vector<float> vi = (b2 * vv[i]) + (b2c * (gi * gi));
            mv[i] = mi;
            vv[i] = vi;
            Vector<float> si = vi;
            if (max)
            {
                si = sv[i] = Vector.Max(sv[i], corrected ? vi * inverseC2 : vi);
            }

            Vector<float> denominator = (Vector.SquareRoot((k * si) + epsIn) * r) + epsOut;
            Vector<float> ratio = Vector.ConditionalSelect(Vector.Equals(denominator, Vector<float>.Zero), Vector<float>.Zero, mi / denominator);
            xv[i] = (xi * decay) - (a * ratio);
        }

        return vectorEnd;
    }

    private readonly record struct Coefficients(
        float Beta1, float OneMinusBeta1, float Beta2, float OneMinusBeta2, float Coupled, float Decay,
        float A, float K, float EpsilonInside, float R, float EpsilonOutside, float InverseC2);
}
