using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// The reference update <see cref="AdamUpdate"/> configured as a preset, as a lock-step reference. With
/// <c>counterStride</c> = s the reference takes recorded step t as its step s·t: the counter of an implementation that
/// advances t once per parameter (s = d) instead of once per step (s = 1).
/// </summary>
public sealed class PresetStepper : ITraceStepper
{
    private readonly AdamOptions _options;
    private readonly AdamState _state;
    private readonly long _stride;
    private readonly double[] _xScale, _mScale, _vScale, _xPrevious, _mPrevious, _vPrevious;

    /// <summary>Creates the stepper for a d-dimensional trace.</summary>
    public PresetStepper(AdamOptions options, int dimension, long counterStride = 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(counterStride, 1);
        _options = options;
        _state = new AdamState(dimension);
        _stride = counterStride;
        _xScale = new double[dimension];
        _mScale = new double[dimension];
        _vScale = new double[dimension];
        _xPrevious = new double[dimension];
        _mPrevious = new double[dimension];
        _vPrevious = new double[dimension];
        if (counterStride != 1)
        {
            _state.Load(_state.M.ToArray(), _state.V.ToArray(), _state.VMax.ToArray(), counterStride - 1);
        }
    }

    /// <inheritdoc/>
    public ReadOnlySpan<double> M => _state.M;

    /// <inheritdoc/>
    public ReadOnlySpan<double> V => _state.V;

    /// <inheritdoc/>
    public ReadOnlySpan<double> VMax => _state.VMax;

    /// <inheritdoc/>
    public ReadOnlySpan<double> ParameterScale => _xScale;

    /// <inheritdoc/>
    public ReadOnlySpan<double> MScale => _mScale;

    /// <inheritdoc/>
    public ReadOnlySpan<double> VScale => _vScale;

    /// <inheritdoc/>
    public bool KeepsMaximum => _options.AmsGrad != AmsGradForm.None;

    /// <inheritdoc/>
    public void Synchronise(ReadOnlySpan<double> m, ReadOnlySpan<double> v, ReadOnlySpan<double> vMax, long completedSteps) =>
        _state.Load(m, v, vMax, _stride == 1 ? completedSteps : ((completedSteps + 1) * _stride) - 1);

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> gradient, double lr)
    {
        x.CopyTo(_xPrevious);
        _state.M.CopyTo(_mPrevious);
        _state.V.CopyTo(_vPrevious);
        AdamUpdate.Step(_options, _state, x, gradient, lr);
        double lambda = _options.WeightDecay;
        bool decoupled = _options.WeightDecayMode == WeightDecayMode.Decoupled;
        for (int i = 0; i < x.Length; i++)
        {
            double g = Math.Abs(decoupled ? gradient[i] : gradient[i] + (lambda * _xPrevious[i]));
            _mScale[i] = (_options.Beta1 * Math.Abs(_mPrevious[i])) + ((1 - _options.Beta1) * g);
            _vScale[i] = (_options.Beta2 * _vPrevious[i]) + ((1 - _options.Beta2) * g * g);
            double m = Math.Abs(_state.M[i]);
            double step = m == 0 ? 0 : lr * Math.Abs(AdamUpdate.Direction(_options, _state, i)) * (_mScale[i] / m);
            _xScale[i] = Math.Abs(_xPrevious[i]) + step + (decoupled ? lr * lambda * Math.Abs(_xPrevious[i]) : 0);
        }
    }
}
