namespace Adam.Verification.Theory.Traces;

/// <summary>
/// A trajectory in the <c>adamv-trace/1</c> JSON format (docs/conformance.md): metadata — implementation, variant (a preset
/// name, optional), hyper-parameters, dtype, dimension, initial parameters — and the steps. A replay request is a trace
/// whose steps carry no parameters: the gradients to feed.
/// </summary>
public sealed record OptimizerTrace(string Implementation, string? Variant, TraceHyperparameters Hyperparameters, string Dtype, double[] Initial, IReadOnlyList<TraceStep> Steps)
{
    /// <summary>The format tag written and required.</summary>
    public const string FormatTag = "adamv-trace/1";

    /// <summary>d.</summary>
    public int Dimension => Initial.Length;

    /// <summary>Whether every step records the parameters after it.</summary>
    public bool IsRecorded => Steps.Count > 0 && Steps.All(s => s.Parameters is not null);

    /// <summary>The unit roundoff of the dtype (float64 2^-53, float32 2^-24, bfloat16 2^-8, float16 2^-11).</summary>
    public double UnitRoundoff => Dtype switch
    {
        "float32" => Math.Pow(2, -24),
        "float16" => Math.Pow(2, -11),
        "bfloat16" => Math.Pow(2, -8),
        "float64" => Math.Pow(2, -53),
        _ => throw new InvalidOperationException($"unknown dtype '{Dtype}'"),
    };

    /// <summary>The dtypes a trace may name.</summary>
    public static IReadOnlyList<string> Dtypes { get; } = ["float64", "float32", "bfloat16", "float16"];
}
