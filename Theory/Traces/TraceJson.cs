using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Adam.Verification.Theory.Traces.TraceJsonFields;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Reads and writes <see cref="OptimizerTrace"/> JSON:
/// <code>
/// {"format": "adamv-trace/1", "implementation": "torch.optim.Adam 1.13", "variant": "pytorch-adam", "dtype": "float64",
///  "hyperparameters": {"lr": 0.001, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 0, "amsgrad": false, "decoupled": false},
///  "initial": [x0…],
///  "steps": [{"t": 1, "lr": α_1, "gradient": [g…], "parameters": [x…], "m": […], "v": […], "vmax": […]}, …]}
/// </code>
/// Every check names the source and the path: a missing field, a wrong length, a non-finite number, t not 1, 2, 3, ….
/// </summary>
public static class TraceJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a trace file.</summary>
    /// <exception cref="TraceFormatException">Malformed or inconsistent.</exception>
    public static OptimizerTrace Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(StrictJson.ReadFile(path).ToJsonString(), path);
    }

    /// <summary>Parses trace JSON; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="TraceFormatException">Malformed or inconsistent.</exception>
    public static OptimizerTrace Parse(string json, string source)
    {
        JsonObject root = TraceJsonFields.Root(json, source, OptimizerTrace.FormatTag, "a trace");
        OnlyKnown(root, source + ": $", "format", "implementation", "variant", "dtype", "hyperparameters", "initial", "steps");
        JsonObject h = root["hyperparameters"] as JsonObject ?? throw new TraceFormatException($"{source}: $.hyperparameters is missing or not an object.");
        OnlyKnown(h, source + ": $.hyperparameters", "lr", "beta1", "beta2", "eps", "weight_decay", "amsgrad", "decoupled");
        var hyper = new TraceHyperparameters(
            Number(h, "lr", source + ": $.hyperparameters"), Number(h, "beta1", source + ": $.hyperparameters"), Number(h, "beta2", source + ": $.hyperparameters"),
            Number(h, "eps", source + ": $.hyperparameters"), Number(h, "weight_decay", source + ": $.hyperparameters"),
            Flag(h, "amsgrad", source + ": $.hyperparameters"), Flag(h, "decoupled", source + ": $.hyperparameters"));
        CheckHyperparameters(hyper, source);
        string dtype = Text(root, "dtype", source + ": $");
        if (!OptimizerTrace.Dtypes.Contains(dtype))
        {
            throw new TraceFormatException($"{source}: $.dtype is '{dtype}', expected one of {string.Join(", ", OptimizerTrace.Dtypes)}.");
        }

        double[] initial = Vector(root, "initial", -1, source + ": $") ?? throw new TraceFormatException($"{source}: $.initial is missing or not an array.");
        if (initial.Length == 0)
        {
            throw new TraceFormatException($"{source}: $.initial is empty (the trace needs at least one coordinate).");
        }

        JsonArray steps = root["steps"] as JsonArray ?? throw new TraceFormatException($"{source}: $.steps is missing or not an array.");
        if (steps.Count == 0)
        {
            throw new TraceFormatException($"{source}: $.steps is empty (the trace needs at least one step).");
        }

        var list = new List<TraceStep>(steps.Count);
        for (int k = 0; k < steps.Count; k++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{source}: $.steps[{k}]");
            JsonObject s = steps[k] as JsonObject ?? throw new TraceFormatException($"{at} is not an object.");
            OnlyKnown(s, at, "t", "lr", "gradient", "parameters", "m", "v", "vmax");
            double t = Number(s, "t", at);
            if (t != k + 1)
            {
                throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.t is {t}, expected {k + 1} (steps must be consecutive from 1)."));
            }

            double lr = Number(s, "lr", at);
            if (lr < 0)
            {
                throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.lr is {lr}; a learning rate is ≥ 0."));
            }

            list.Add(new TraceStep(
                k + 1, lr,
                Vector(s, "gradient", initial.Length, at) ?? throw new TraceFormatException($"{at}.gradient is missing or not an array."),
                Vector(s, "parameters", initial.Length, at), Vector(s, "m", initial.Length, at), Vector(s, "v", initial.Length, at), Vector(s, "vmax", initial.Length, at)));
        }

        string? variant = root["variant"] is null ? null : root["variant"] is JsonValue vv && vv.TryGetValue(out string? name) ? name : throw new TraceFormatException($"{source}: $.variant is not a string (a preset name, or null).");
        return new OptimizerTrace(Text(root, "implementation", source + ": $"), variant, hyper, dtype, initial, list);
    }

    private static void CheckHyperparameters(TraceHyperparameters h, string source)
    {
        void Require(bool ok, string field, double value, string range)
        {
            if (!ok)
            {
                throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: $.hyperparameters.{field} is {value}, expected {range}."));
            }
        }

        Require(h.Lr >= 0, "lr", h.Lr, "≥ 0");
        Require(h.Beta1 is >= 0 and < 1, "beta1", h.Beta1, "a value in [0, 1)");
        Require(h.Beta2 is >= 0 and < 1, "beta2", h.Beta2, "a value in [0, 1)");
        Require(h.Eps >= 0, "eps", h.Eps, "≥ 0");
        Require(h.WeightDecay >= 0, "weight_decay", h.WeightDecay, "≥ 0");
    }

    /// <summary>The trace as JSON text.</summary>
    public static string Serialize(OptimizerTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var steps = new JsonArray();
        foreach (TraceStep s in trace.Steps)
        {
            var o = new JsonObject { ["t"] = s.T, ["lr"] = s.Lr, ["gradient"] = Array(s.Gradient) };
            if (s.Parameters is not null)
            {
                o["parameters"] = Array(s.Parameters);
            }

            if (s.M is not null)
            {
                o["m"] = Array(s.M);
            }

            if (s.V is not null)
            {
                o["v"] = Array(s.V);
            }

            if (s.VMax is not null)
            {
                o["vmax"] = Array(s.VMax);
            }

            steps.Add(o);
        }

        TraceHyperparameters h = trace.Hyperparameters;
        var root = new JsonObject
        {
            ["format"] = OptimizerTrace.FormatTag,
            ["implementation"] = trace.Implementation,
            ["variant"] = trace.Variant,
            ["dtype"] = trace.Dtype,
            ["hyperparameters"] = new JsonObject { ["lr"] = h.Lr, ["beta1"] = h.Beta1, ["beta2"] = h.Beta2, ["eps"] = h.Eps, ["weight_decay"] = h.WeightDecay, ["amsgrad"] = h.AmsGrad, ["decoupled"] = h.Decoupled },
            ["initial"] = Array(trace.Initial),
            ["steps"] = steps,
        };
        return root.ToJsonString(Options);
    }

    /// <summary>Writes the trace to a file.</summary>
    public static void Write(string path, OptimizerTrace trace) => File.WriteAllText(path, Serialize(trace));

    private static JsonArray Array(double[] values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    private static double[]? Vector(JsonObject o, string field, int length, string at)
    {
        if (o[field] is null)
        {
            return null;
        }

        JsonArray a = o[field] as JsonArray ?? throw new TraceFormatException($"{at}.{field} is not an array.");
        if (length >= 0 && a.Count != length)
        {
            throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.{field} has {a.Count} entries, expected {length} (the dimension of 'initial')."));
        }

        var values = new double[a.Count];
        for (int i = 0; i < a.Count; i++)
        {
            if (a[i] is not JsonValue v || !v.TryGetValue(out double d) || !double.IsFinite(d))
            {
                throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.{field}[{i}] is not a finite number."));
            }

            values[i] = d;
        }

        return values;
    }
}
