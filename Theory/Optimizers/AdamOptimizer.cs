namespace Adam.Verification.Theory.Optimizers;

/// <summary>A stateful Adam-family optimizer: <see cref="AdamOptions"/> plus an <see cref="AdamState"/>, stepped by <see cref="AdamUpdate"/>.</summary>
public sealed class AdamOptimizer : IOptimizer
{
    /// <summary>Creates the optimizer in d = <paramref name="dimension"/> coordinates with zero state.</summary>
    public AdamOptimizer(AdamOptions options, int dimension, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        State = new AdamState(dimension);
        Name = name ?? "adam";
    }

    /// <summary>The variant and hyper-parameters.</summary>
    public AdamOptions Options { get; }

    /// <summary>The moments and step counter.</summary>
    public AdamState State { get; }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public int Dimension => State.Dimension;

    /// <inheritdoc/>
    public long StepCount => State.T;

    /// <inheritdoc/>
    public void Step(Span<double> x, ReadOnlySpan<double> g, double alphaT) => AdamUpdate.Step(Options, State, x, g, alphaT);

    /// <inheritdoc/>
    public void Reset() => State.Reset();

    /// <inheritdoc/>
    public double MaxStepMultiplier() => AdamUpdate.MaxAbsDirection(Options, State);
}
