namespace Adam.Verification.Theory.Traces;

/// <summary>
/// One step of a trace: t, α_t, the gradient fed, and — in a recorded trace, not in a replay request — the parameters
/// after the step and the state the implementation exposes (m, v, v̂max; null when not exposed).
/// </summary>
public sealed record TraceStep(long T, double Lr, double[] Gradient, double[]? Parameters = null, double[]? M = null, double[]? V = null, double[]? VMax = null);
