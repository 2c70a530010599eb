namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>Learning-rate factors for battery requests (α_t = lr·factor(t)).</summary>
public static class Schedules
{
    /// <summary>1 at every step.</summary>
    public static Func<int, double> Constant { get; } = _ => 1;

    /// <summary>Linear warm-up over <paramref name="warmup"/> steps, then a cosine decay to 0 at <paramref name="steps"/>.</summary>
    public static Func<int, double> WarmupCosine(int warmup, int steps) =>
        t => t <= warmup ? (double)t / warmup : 0.5 * (1 + Math.Cos(Math.PI * (t - warmup) / (steps - warmup)));

    /// <summary>1 for <paramref name="hold"/> steps, then multiplied by <paramref name="factor"/> every <paramref name="every"/> steps.</summary>
    public static Func<int, double> StepDecay(int hold, int every, double factor) =>
        t => t <= hold ? 1 : Math.Pow(factor, 1 + ((t - hold - 1) / every));
}
