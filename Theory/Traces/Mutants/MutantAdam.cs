using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// The literal update of a preset (bias correction, ε placement, AMSGrad form and decay coupling as its
/// <see cref="AdamOptions"/> say, in the papers' order of operations) with a <see cref="Mutant"/>'s effects planted.
/// With no effects it conforms to its preset; each effect changes one hook (hyper-parameters, α_t, the counter, the
/// gradient, or one coordinate's formula). It keeps its own m, v, v̂max and counter, and runs in lock step as an
/// <see cref="ITraceStepper"/>, so a trace can be compared with a mutant exactly as with a preset.
/// </summary>
public sealed class MutantAdam : ITraceStepper
{
    private readonly AdamOptions _options;
    private readonly double _baseLearningRate;
    private readonly double[] _m, _v, _vMax, _xScale, _mScale, _vScale;
    private double? _previousAlpha;
    private long _lastChange = 1;

    /// <summary>Creates the mutant for a d-dimensional parameter; <paramref name="baseLearningRate"/> is the request's lr.</summary>
    public MutantAdam(Mutant mutant, AdamOptions options, int dimension, double baseLearningRate)
    {
        ArgumentNullException.ThrowIfNull(mutant);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Projection is not null)
        {
            throw new ArgumentException("a mutant runs an unprojected preset.", nameof(options));
        }

        Mutant = mutant;
        _options = options;
        _baseLearningRate = baseLearningRate;
        _m = new double[dimension];
        _v = new double[dimension];
        _vMax = new double[dimension];
        _xScale = new double[dimension];
        _mScale = new double[dimension];
        _vScale = new double[dimension];
        Used = new EffectiveHyperparameters(options.Beta1, options.Beta2, options.Epsilon, options.WeightDecay);
        foreach (MutantEffect e in mutant.Effects)
        {
            Used = e.Hyperparameters(Used);
        }
    }

    /// <summary>The mutant.</summary>
    public Mutant Mutant { get; }

    /// <summary>Steps taken (or synchronised to).</summary>
    public long Steps { get; private set; }

    /// <summary>The counter the last step's bias corrections used, as the mutant keeps it.</summary>
    public long Counter { get; private set; }

    /// <summary>The hyper-parameters the mutant computes with.</summary>
    public EffectiveHyperparameters Used { get; }

    /// <summary>The step size the last step used.</summary>
    public double LastAlpha { get; private set; }

    /// <inheritdoc/>
    public ReadOnlySpan<double> M => _m;

    /// <inheritdoc/>
    public ReadOnlySpan<double> V => _v;

    /// <inheritdoc/>
    public ReadOnlySpan<double> VMax => _vMax;

    /// <inheritdoc/>
    public ReadOnlySpan<double> ParameterScale => _xScale;

    /// <inheritdoc/>
    public ReadOnlySpan<double> MScale => _mScale;

    /// <inheritdoc/>
    public ReadOnlySpan<double> VScale => _vScale;

    /// <inheritdoc/>
    public bool KeepsMaximum => _options.AmsGrad != AmsGradForm.None;

    /// <summary>The gradient coordinate as the mutant's gradient effects transform it (before any coupled decay).</summary>
    public double UsedGradient(double g)
    {
        foreach (MutantEffect e in Mutant.Effects)
        {
            g = e.Gradient(g);
        }

        return g;
    }

    /// <inheritdoc/>
    public void Synchronise(ReadOnlySpan<double> m, ReadOnlySpan<double> v, ReadOnlySpan<double> vMax, long completedSteps)
    {
        m.CopyTo(_m);
        v.CopyTo(_v);
        vMax.CopyTo(_vMax);
        Steps = completedSteps;
    }

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> gradient, double lr)
    {
        if (!Mutant.Effects.Any(e => e.AcceptsNonFiniteGradients))
        {
            NonFiniteGradientException.ThrowIfAnyNonFinite(gradient, Steps + 1);
        }

        long step = Steps + 1;
        double previous = _previousAlpha ?? lr;
        if (_previousAlpha is { } p && p != lr)
        {
            _lastChange = step;
        }

        double alpha = lr;
        long t = step;
        bool corrected = _options.BiasCorrection;
        var counterContext = new CounterContext(x.Length, step - _lastChange + 1);
        foreach (MutantEffect e in Mutant.Effects)
        {
            alpha = e.LearningRate(alpha, new LearningRateContext(_baseLearningRate, previous));
            t = e.Counter(t, counterContext);
        }

        foreach (MutantEffect e in Mutant.Effects)
        {
            corrected &= e.CorrectsBiasAt(t);
        }

        (double b1, double b2, double eps, double lambda) = (Used.Beta1, Used.Beta2, Used.Epsilon, Used.WeightDecay);
        double c1 = corrected ? 1 - Math.Pow(b1, t) : 1, c2 = corrected ? 1 - Math.Pow(b2, t) : 1;
        for (int i = 0; i < x.Length; i++)
        {
            FormulaFlaws flaws = FormulaFlaws.None;
            foreach (MutantEffect e in Mutant.Effects)
            {
                flaws |= e.Flaws(i, x.Length, lambda);
            }

            UpdateCoordinate(ref x[i], UsedGradient(gradient[i]), i, flaws, alpha, (b1, b2, eps, lambda), c1, c2);
        }

        Steps = step;
        Counter = t;
        LastAlpha = alpha;
        _previousAlpha = lr;
    }

    private void UpdateCoordinate(ref double x, double g, int i, FormulaFlaws flaws, double alpha, (double B1, double B2, double Eps, double Lambda) h, double c1, double c2)
    {
        bool decoupled = _options.WeightDecayMode == WeightDecayMode.Decoupled && !flaws.HasFlag(FormulaFlaws.CoupledDecayForDecoupled);
        if (h.Lambda > 0 && !decoupled)
        {
            g += h.Lambda * x;
        }

        (_xScale[i], _mScale[i], _vScale[i]) = (Math.Abs(x), Math.Abs(_m[i]), _v[i]);
        if (flaws.HasFlag(FormulaFlaws.LazyOnZeroGradient) && g == 0)
        {
            return;
        }

        double mPrevious = _m[i];
        _mScale[i] = (h.B1 * Math.Abs(mPrevious)) + ((1 - h.B1) * Math.Abs(g));
        _vScale[i] = (h.B2 * _v[i]) + ((1 - h.B2) * g * g);
        double m = flaws.HasFlag(FormulaFlaws.MomentumWithoutDampening) ? (h.B1 * _m[i]) + g : (h.B1 * _m[i]) + ((1 - h.B1) * g);
        double v = (h.B2 * _v[i]) + ((1 - h.B2) * (g * g));
        if (flaws.HasFlag(FormulaFlaws.StateInFloat32))
        {
            (m, v) = ((float)m, (float)v);
        }

        _m[i] = m;
        _v[i] = v;
        double s = v, c2Used = c2;
        if (_options.AmsGrad != AmsGradForm.None)
        {
            bool overCorrected = _options.AmsGrad == AmsGradForm.MaxOfBiasCorrectedV || flaws.HasFlag(FormulaFlaws.AmsGradMaxOverCorrectedV);
            double max = Math.Max(_vMax[i], overCorrected ? v / c2 : v);
            if (!flaws.HasFlag(FormulaFlaws.AmsGradMaximumNotStored))
            {
                _vMax[i] = max;
            }

            s = max;
            c2Used = overCorrected ? 1 : c2;
        }

        double mUsed = flaws.HasFlag(FormulaFlaws.MomentumUpdatedAfterParameter) ? mPrevious : m;
        double c1Used = flaws.HasFlag(FormulaFlaws.FirstMomentNotBiasCorrected) ? 1 : c1;
        c2Used = flaws.HasFlag(FormulaFlaws.SecondMomentNotBiasCorrected) ? 1 : c2Used;
        double eps = flaws.HasFlag(FormulaFlaws.EpsilonOmitted) ? 0 : flaws.HasFlag(FormulaFlaws.EpsilonScaledByBiasCorrection) ? h.Eps * Math.Sqrt(c2Used) : h.Eps;
        EpsilonPlacement placement = flaws.HasFlag(FormulaFlaws.EpsilonInsideRoot) ? EpsilonPlacement.InsideRoot : _options.EpsilonPlacement;
        (double numerator, double denominator) = placement switch
        {
            EpsilonPlacement.OutsideCorrectedRoot => (mUsed / c1Used, Math.Sqrt(s / c2Used) + eps),
            EpsilonPlacement.OutsideUncorrectedRoot => (Math.Sqrt(c2Used) / c1Used * mUsed, Math.Sqrt(s) + eps),
            _ => (mUsed / c1Used, Math.Sqrt((s / c2Used) + eps)),
        };
        double u = denominator == 0 && numerator == 0 ? 0
            : flaws.HasFlag(FormulaFlaws.ApproximateReciprocalRoot) ? numerator * (1f / (float)denominator)
            : numerator / denominator;
        _xScale[i] += m == 0 ? 0 : alpha * Math.Abs(u) * (_mScale[i] / Math.Abs(m));
        if (h.Lambda > 0 && decoupled)
        {
            double rate = flaws.HasFlag(FormulaFlaws.DecayWithoutLearningRate) ? h.Lambda
                : flaws.HasFlag(FormulaFlaws.DecayWithBaseLearningRate) ? _baseLearningRate * h.Lambda
                : alpha * h.Lambda;
            _xScale[i] += Math.Abs(rate * x);
            if (flaws.HasFlag(FormulaFlaws.DecayAfterUpdate))
            {
                double moved = x - (alpha * u);
                x = moved - (rate * moved);
            }
            else
            {
                x = x - (rate * x) - (alpha * u);
            }
        }
        else
        {
            x -= alpha * u;
        }
    }
}
