using System.Globalization;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Whether a recorded trace answers the request it claims to: the same dtype, dimension and initial point, every
/// hyper-parameter the request sets (lr, β1, β2, ε, λ, amsgrad, decoupled), the same number of steps, and at every step
/// the same α_t and gradient. Lock-step conformance alone checks a trace against itself, so a recorder that writes the
/// gradients it actually fed (clipped, say) or the ε it actually used passes it; this check does not. Values compare
/// exactly, after rounding both sides to float32 for a float32 request (a float32 recorder echoes rounded values).
/// </summary>
public static class RequestCheck
{
    /// <summary>The first difference between <paramref name="trace"/> and <paramref name="request"/>, or null when the trace answers it.</summary>
    public static RequestDifference? Compare(OptimizerTrace trace, OptimizerTrace request)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(request);
        if (trace.Dtype != request.Dtype)
        {
            return new("$.dtype", trace.Dtype, request.Dtype);
        }

        if (trace.Dimension != request.Dimension)
        {
            return new("$.initial (dimension)", Text(trace.Dimension), Text(request.Dimension));
        }

        bool single = request.Dtype == "float32";
        TraceHyperparameters a = trace.Hyperparameters, b = request.Hyperparameters;
        foreach ((string field, double left, double right) in new[]
        {
            ("lr", a.Lr, b.Lr), ("beta1", a.Beta1, b.Beta1), ("beta2", a.Beta2, b.Beta2), ("eps", a.Eps, b.Eps), ("weight_decay", a.WeightDecay, b.WeightDecay),
        })
        {
            if (!Same(left, right, single))
            {
                return new($"$.hyperparameters.{field}", Text(left), Text(right));
            }
        }

        if (a.AmsGrad != b.AmsGrad)
        {
            return new("$.hyperparameters.amsgrad", Text(a.AmsGrad), Text(b.AmsGrad));
        }

        if (a.Decoupled != b.Decoupled)
        {
            return new("$.hyperparameters.decoupled", Text(a.Decoupled), Text(b.Decoupled));
        }

        if (FirstDifference(trace.Initial, request.Initial, single) is int i)
        {
            return new(Path($"$.initial[{i}]"), Text(trace.Initial[i]), Text(request.Initial[i]));
        }

        if (trace.Steps.Count != request.Steps.Count)
        {
            return new("$.steps (count)", Text(trace.Steps.Count), Text(request.Steps.Count));
        }

        for (int k = 0; k < trace.Steps.Count; k++)
        {
            TraceStep s = trace.Steps[k], r = request.Steps[k];
            if (!Same(s.Lr, r.Lr, single))
            {
                return new(Path($"$.steps[{k}].lr"), Text(s.Lr), Text(r.Lr));
            }

            if (FirstDifference(s.Gradient, r.Gradient, single) is int j)
            {
                return new(Path($"$.steps[{k}].gradient[{j}]"), Text(s.Gradient[j]), Text(r.Gradient[j]));
            }
        }

        return null;
    }

    private static int? FirstDifference(double[] left, double[] right, bool single)
    {
        for (int i = 0; i < left.Length; i++)
        {
            if (!Same(left[i], right[i], single))
            {
                return i;
            }
        }

        return null;
    }

    private static bool Same(double left, double right, bool single) =>
        single ? (float)left == (float)right : left.Equals(right);

    private static string Path(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
