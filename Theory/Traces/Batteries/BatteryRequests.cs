using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>Builds a request from a <see cref="RequestDesign"/> and a seed (the same seed gives the same request).</summary>
public static class BatteryRequests
{
    /// <summary>The request <paramref name="design"/> describes, drawn with <paramref name="seed"/>.</summary>
    public static OptimizerTrace Build(RequestDesign design, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(design);
        var random = new SeededRandom(seed);
        int d = design.Dimension;
        double[] x0 = new double[d];
        for (int i = 0; i < d; i++)
        {
            x0[i] = Stored(random.Normal(), design.Dtype);
        }

        double[] previous = new double[d];
        var steps = new List<TraceStep>(design.Steps);
        for (int t = 1; t <= design.Steps; t++)
        {
            double[] g = new double[d];
            for (int i = 0; i < d; i++)
            {
                double centre = d == 1 ? design.HighestDecade : design.LowestDecade + ((design.HighestDecade - design.LowestDecade) * i / (d - 1));
                double decade = Math.Clamp(centre + random.Uniform(-1, 1), design.LowestDecade, design.HighestDecade);
                double fresh = random.Sign() * Math.Pow(10, decade);
                double draw = random.NextDouble();
                g[i] = Stored(t == 1 ? fresh : draw < 0.1 ? 0 : draw < 0.2 ? previous[i] : draw < 0.35 ? -previous[i] : fresh, design.Dtype);
                if (g[i] == 0 && t == 1)
                {
                    g[i] = Stored(fresh, design.Dtype);
                }
            }

            previous = g;
            steps.Add(new TraceStep(t, Stored(design.Hyperparameters.Lr * design.Schedule(t), design.Dtype), g));
        }

        return new OptimizerTrace("battery request", null, design.Hyperparameters, design.Dtype, x0, steps);
    }

    private static double Stored(double value, string dtype) => dtype == "float32" ? (float)value : value;
}
