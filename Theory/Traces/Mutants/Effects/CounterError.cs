namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>How a <see cref="CounterFlaw"/> miscounts t for the bias corrections.</summary>
public enum CounterError
{
    /// <summary>t advanced once per coordinate (d per step).</summary>
    PerParameter,

    /// <summary>t held in float32: it stalls at 2^24.</summary>
    SinglePrecision,

    /// <summary>t − 1 (at least 1).</summary>
    OneBehind,

    /// <summary>t + 1.</summary>
    OneAhead,

    /// <summary>t restarted whenever α changes (the optimizer rebuilt by a scheduler, its state kept).</summary>
    ResetOnLearningRateChange,
}
