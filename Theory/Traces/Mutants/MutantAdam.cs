using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// A literal Adam (Kingma–Ba form: bias-corrected, ε outside √v̂; optional AMSGrad max of v; coupled or decoupled λ) with
/// one <see cref="Mutation"/> planted. It keeps its own m, v, v̂max and step counter, exposed for traces.
/// </summary>
public sealed class MutantAdam
{
    private readonly AdamOptions _options;
    private readonly double[] _m, _v, _vMax;
    private float _counter32;

    /// <summary>Creates the mutant for a d-dimensional parameter.</summary>
    public MutantAdam(Mutation mutation, AdamOptions options, int dimension)
    {
        ArgumentNullException.ThrowIfNull(options);
        Mutation = mutation;
        _options = options;
        _m = new double[dimension];
        _v = new double[dimension];
        _vMax = new double[dimension];
    }

    /// <summary>The planted mutation.</summary>
    public Mutation Mutation { get; }

    /// <summary>The step counter as the mutant keeps it.</summary>
    public long T { get; private set; }

    /// <summary>m.</summary>
    public IReadOnlyList<double> M => _m;

    /// <summary>v.</summary>
    public IReadOnlyList<double> V => _v;

    /// <summary>v̂max.</summary>
    public IReadOnlyList<double> VMax => _vMax;

    /// <summary>One step with α_t.</summary>
    public void Step(Span<double> x, ReadOnlySpan<double> gradient, double alphaT)
    {
        if (Mutation != Mutation.NonFiniteGradientZeroed)
        {
            NonFiniteGradientException.ThrowIfAnyNonFinite(gradient, T + 1);
        }

        double b1 = _options.Beta1, b2 = _options.Beta2, eps = _options.Epsilon, lambda = _options.WeightDecay;
        if (Mutation == Mutation.BetasSwapped)
        {
            (b1, b2) = (b2, b1);
        }

        bool decoupled = _options.WeightDecayMode == WeightDecayMode.Decoupled && Mutation != Mutation.CoupledDecayClaimedDecoupled;
        bool amsgrad = _options.AmsGrad != AmsGradForm.None;
        long t;
        if (Mutation == Mutation.Float32StepCounter)
        {
            _counter32 += 1f;
            t = (long)_counter32;
        }
        else
        {
            t = Mutation == Mutation.StepCounterPerParameter ? T + x.Length : T + 1;
        }

        long tc = Mutation == Mutation.OffByOneStep ? Math.Max(1, t - 1) : t;
        double c1 = 1 - Math.Pow(b1, tc), c2 = 1 - Math.Pow(b2, tc);
        for (int i = 0; i < x.Length; i++)
        {
            double g = double.IsFinite(gradient[i]) ? gradient[i] : 0;
            if (lambda > 0 && !decoupled)
            {
                g += lambda * x[i];
            }

            double mPrevious = _m[i];
            double m = (b1 * _m[i]) + ((1 - b1) * g);
            double v = (b2 * _v[i]) + ((1 - b2) * g * g);
            _m[i] = m;
            _v[i] = v;
            double s = v, c2Used = c2;
            if (amsgrad)
            {
                double candidate = Mutation == Mutation.AmsGradMaxOverCorrectedV ? v / c2 : v;
                double max = Math.Max(_vMax[i], candidate);
                if (Mutation != Mutation.AmsGradStateNotStored)
                {
                    _vMax[i] = max;
                }

                s = max;
                c2Used = Mutation == Mutation.AmsGradMaxOverCorrectedV ? 1 : c2;
            }

            double mUsed = Mutation == Mutation.MomentumUpdatedAfterParameter ? mPrevious : m;
            double epsUsed = Mutation == Mutation.EpsilonScaledByBiasCorrection ? eps * Math.Sqrt(c2Used) : eps;
            double vHat = Mutation == Mutation.SecondMomentNotBiasCorrected ? s : s / c2Used;
            double denominator = Math.Sqrt(vHat) + epsUsed;
            double u = denominator == 0 ? 0 : mUsed / c1 / denominator;
            double xi = x[i];
            if (lambda > 0 && decoupled)
            {
                xi -= Mutation == Mutation.DecayNotScaledByLearningRate ? lambda * xi : alphaT * lambda * xi;
            }

            x[i] = xi - (alphaT * u);
        }

        T = t;
    }
}
