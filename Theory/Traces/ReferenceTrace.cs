using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Traces;

/// <summary>Traces from the C# reference update, and seeded replay requests (gradients without parameters).</summary>
public static class ReferenceTrace
{
    /// <summary>
    /// Records <paramref name="options"/> fed <paramref name="request"/>'s gradients and step sizes from its initial point,
    /// in the request's dtype (a float32 request stores parameters and state in float32 after every step).
    /// </summary>
    public static OptimizerTrace Record(AdamOptions options, OptimizerTrace request, string implementation, string? variant)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        var state = new AdamState(request.Dimension);
        double[] x = DtypeRounding.Stored(request.Initial, request.Dtype);
        var steps = new List<TraceStep>(request.Steps.Count);
        foreach (TraceStep s in request.Steps)
        {
            AdamUpdate.Step(options, state, x, s.Gradient, s.Lr);
            DtypeRounding.Store(x, request.Dtype);
            state.Load(DtypeRounding.Stored(state.M, request.Dtype), DtypeRounding.Stored(state.V, request.Dtype), DtypeRounding.Stored(state.VMax, request.Dtype), state.T);
            steps.Add(s with { Parameters = (double[])x.Clone(), M = state.M.ToArray(), V = state.V.ToArray(), VMax = options.AmsGrad == AmsGradForm.None ? null : state.VMax.ToArray() });
        }

        return request with { Implementation = implementation, Variant = variant, Steps = steps };
    }

    /// <summary>
    /// A seeded request: d coordinates, T steps, x0 ~ N(0, 1), gradients mixing scales (10^U(−6, 2)), sign flips, zeros and
    /// constant runs, a constant α with the given hyper-parameters.
    /// </summary>
    public static OptimizerTrace Request(TraceHyperparameters hyperparameters, int dimension, int steps, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(hyperparameters);
        var random = new SeededRandom(seed);
        double[] x0 = Enumerable.Range(0, dimension).Select(_ => random.Normal()).ToArray();
        var list = new List<TraceStep>(steps);
        double[] previous = new double[dimension];
        for (int t = 1; t <= steps; t++)
        {
            double[] g = new double[dimension];
            for (int i = 0; i < dimension; i++)
            {
                g[i] = random.NextInt(10) switch
                {
                    0 => 0,
                    1 => previous[i],
                    _ => random.Sign() * Math.Pow(10, random.Uniform(-6, 2)),
                };
            }

            previous = g;
            list.Add(new TraceStep(t, hyperparameters.Lr, g));
        }

        return new OptimizerTrace("request", null, hyperparameters, "float64", x0, list);
    }
}
