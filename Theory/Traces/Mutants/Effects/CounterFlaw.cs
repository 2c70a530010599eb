namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>The bias corrections' counter miscounted as <paramref name="Error"/> says.</summary>
public sealed record CounterFlaw(CounterError Error) : MutantEffect
{
    /// <summary>2^24: the first integer a float32 counter cannot pass by adding 1.</summary>
    public const long Float32Stall = 1L << 24;

    /// <inheritdoc/>
    public override long Counter(long t, CounterContext context) => Error switch
    {
        CounterError.PerParameter => t * context.Dimension,
        CounterError.SinglePrecision => Math.Min(t, Float32Stall),
        CounterError.OneBehind => Math.Max(1, t - 1),
        CounterError.OneAhead => t + 1,
        _ => context.StepsSinceLearningRateChange,
    };
}
