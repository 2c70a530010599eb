using System.Globalization;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Traces;

/// <summary>
/// Lock-step conformance of a recorded trace with a reference preset. Before step t the reference is re-synchronised
/// to the candidate — x_{t−1}, m_{t−1}, v_{t−1}, v̂max_{t−1} taken from the trace's step t−1 (x0 and zero state at t = 1) —
/// then one reference step is taken with the trace's g_t and α_t and compared with the trace's step t. An error is
/// therefore attributed to the step that made it (as PyTorch's own parity tests do). Tolerance for a value r:
/// |candidate − r| ≤ atol + rtol·max(|r|, σ) with rtol = 64·u, atol = 64·u·(1e-8 + mean |r| of that quantity at that step),
/// and σ the magnitude of the operands that made r (<see cref="ITraceStepper.ParameterScale"/>, <see cref="ITraceStepper.MScale"/>,
/// <see cref="ITraceStepper.VScale"/>): when β1·m + (1 − β1)·g cancels, a correct implementation in another order of
/// operations is off by a few units of roundoff of the operands, not of the small result,
/// u the unit roundoff of the trace's dtype (2^-53 for float64, 2^-24 for float32).
/// </summary>
public static class Conformance
{
    /// <summary>Units of roundoff allowed.</summary>
    public const double Ulps = 64;

    /// <summary>
    /// Compares <paramref name="trace"/> with <paramref name="options"/> (the preset named <paramref name="variant"/>).
    /// With <paramref name="counterStride"/> = s the reference takes recorded step t as its step s·t: the counter of an
    /// implementation that advances t once per parameter (s = d) instead of once per step (s = 1).
    /// </summary>
    public static ConformanceReport Check(OptimizerTrace trace, AdamOptions options, string variant, long counterStride = 1)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return Check(trace, new PresetStepper(options, trace.Dimension, counterStride), variant);
    }

    /// <summary>Compares <paramref name="trace"/> in lock step with any reference (a preset, or a catalogue mutant), named <paramref name="variant"/>.</summary>
    public static ConformanceReport Check(OptimizerTrace trace, ITraceStepper reference, string variant)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(reference);
        if (!trace.IsRecorded)
        {
            throw new TraceFormatException("the trace has steps without 'parameters': it is a replay request, not a recorded trace.");
        }

        double rtol = Ulps * trace.UnitRoundoff;
        int d = trace.Dimension;
        double[] x = new double[d];
        long comparisons = 0;
        double largest = 0;
        ConformanceMismatch? first = null;
        TraceStep? previous = null;
        foreach (TraceStep step in trace.Steps)
        {
            // Re-synchronise to the candidate after the previous step: its parameters, and each state buffer it exposes
            // (a buffer it does not expose keeps the reference's own value). Step 1 starts from x0 and the zero state.
            if (previous is null)
            {
                trace.Initial.CopyTo(x, 0);
            }
            else
            {
                previous.Parameters!.CopyTo(x, 0);
                ReadOnlySpan<double> m = previous.M is { } pm ? pm : reference.M;
                ReadOnlySpan<double> v = previous.V is { } pv ? pv : reference.V;
                ReadOnlySpan<double> vMax = previous.VMax is { } pvm ? pvm : reference.VMax;
                reference.Synchronise(m, v, vMax, step.T - 1);
            }

            reference.Step(x, step.Gradient, step.Lr);
            foreach ((string name, double[]? candidate, double[] expected, double[] operands) in new (string, double[]?, double[], double[])[]
            {
                ("parameter", step.Parameters, x, reference.ParameterScale.ToArray()), ("m", step.M, reference.M.ToArray(), reference.MScale.ToArray()),
                ("v", step.V, reference.V.ToArray(), reference.VScale.ToArray()), ("vmax", reference.KeepsMaximum ? step.VMax : null, reference.VMax.ToArray(), reference.VMax.ToArray()),
            })
            {
                if (candidate is null)
                {
                    continue;
                }

                // The mean |reference| without overflow (a sum of values near the largest double is ∞, which would
                // make every tolerance infinite and any candidate agree).
                double largestMagnitude = expected.Max(Math.Abs);
                double scale = largestMagnitude == 0 ? 0 : largestMagnitude * expected.Average(r => Math.Abs(r) / largestMagnitude);
                double atol = rtol * (1e-8 + scale);
                for (int i = 0; i < d; i++)
                {
                    comparisons++;
                    double allowed = atol + (rtol * Math.Max(Math.Abs(expected[i]), operands[i]));
                    double error = candidate[i] == expected[i] ? 0 : Math.Abs(candidate[i] - expected[i]) / allowed;
                    largest = Math.Max(largest, double.IsNaN(error) ? double.PositiveInfinity : error);
                    if (first is null && !(error <= 1))
                    {
                        first = new ConformanceMismatch(step.T, i, name, candidate[i], expected[i], allowed);
                    }
                }
            }

            previous = step;
        }

        string rule = string.Create(CultureInfo.InvariantCulture, $"|Δ| ≤ atol + rtol·max(|reference|, |operands|), rtol = {Ulps}·u = {rtol:G3} ({trace.Dtype}), atol = rtol·(1e-8 + mean |reference| of the quantity at the step); state re-synchronised to the candidate before every step");
        return new ConformanceReport(variant, trace.Steps.Count, comparisons, rule, largest, first);
    }
}
