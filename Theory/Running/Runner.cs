using System.Globalization;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;

namespace Adam.Verification.Theory.Running;

/// <summary>
/// Runs a <see cref="RunSpec"/>: for t = 1..T, g_t from the oracle at x_t, then x_{t+1} from the optimizer with α_t.
/// Non-finite gradients, losses or iterates and ‖x‖∞ beyond the divergence radius end the run with a
/// <see cref="StopReason"/>; nothing is thrown for them.
/// </summary>
public static class Runner
{
    /// <summary>Runs <paramref name="spec"/> and returns its trajectory.</summary>
    public static Trajectory Run(RunSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int d = spec.Optimizer.Dimension;
        if (spec.Oracle.Dimension != d || spec.Start.Length != d || (spec.Objective is { } obj && obj.Dimension != d))
        {
            throw new ArgumentException($"dimension mismatch: optimizer d = {d}, oracle {spec.Oracle.Dimension}, start {spec.Start.Length}, objective {spec.Objective?.Dimension}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(spec.Budget);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.RecordEvery, 1L);
        if (spec.GradientTolerance is not null && spec.Objective is null)
        {
            throw new ArgumentException("a gradient tolerance needs an objective to measure ‖∇f‖.");
        }

        spec.Optimizer.Reset();
        spec.Oracle.Reset();
        IObjective? f = spec.Objective;
        RecordFields rec = spec.Record;
        bool wantLoss = f is not null && rec.HasFlag(RecordFields.Loss);
        bool wantNorm = f is not null;
        double sign = spec.Goal == Goal.Maximise ? -1 : 1;
        var x = (double[])spec.Start.Clone();
        var g = new double[d];
        var full = new double[d];
        var records = new List<StepRecord>();
        double? minNorm = null;
        double maxRatio = 0;
        StopReason reason = StopReason.Budget;
        string detail = string.Create(CultureInfo.InvariantCulture, $"budget of {spec.Budget} steps spent");
        long steps = 0;

        for (long t = 1; t <= spec.Budget; t++)
        {
            spec.Oracle.Gradient(t, x, g);
            int bad = FirstNonFinite(g);
            if (bad >= 0)
            {
                reason = StopReason.NonFinite;
                detail = string.Create(CultureInfo.InvariantCulture, $"non-finite gradient at step t = {t}, coordinate {bad}: g = {g[bad]}");
                break;
            }

            double? loss = wantLoss ? f!.Value(x) : null;
            if (loss is double l && !double.IsFinite(l))
            {
                reason = StopReason.NonFinite;
                detail = string.Create(CultureInfo.InvariantCulture, $"non-finite loss f(x_t) = {l} at step t = {t}");
                break;
            }

            double? norm = null;
            if (wantNorm)
            {
                if (!spec.Oracle.IsExact)
                {
                    f!.Gradient(x, full);
                }

                norm = VectorMath.Norm(spec.Oracle.IsExact ? g : full);
                minNorm = minNorm is null ? norm : Math.Min(minNorm.Value, norm.Value);
            }

            if (spec.GradientTolerance is double tol && norm <= tol)
            {
                reason = StopReason.Converged;
                detail = string.Create(CultureInfo.InvariantCulture, $"‖∇f(x_t)‖ = {norm:G6} ≤ {tol:G6} at t = {t}");
                AddRecord(records, spec, t, double.NaN, loss, norm, null, x, force: true);
                break;
            }

            double[]? before = rec.HasFlag(RecordFields.Iterate) ? (double[])x.Clone() : null;
            if (sign < 0)
            {
                for (int i = 0; i < d; i++)
                {
                    g[i] = -g[i];
                }
            }

            double alpha = spec.Schedule.Alpha(t);
            spec.Optimizer.Step(x, g, alpha);
            steps = t;
            double ratio = spec.Optimizer.MaxStepMultiplier();
            if (ratio > maxRatio || double.IsNaN(ratio))
            {
                maxRatio = ratio;
            }

            AddRecord(records, spec, t, alpha, loss, norm, rec.HasFlag(RecordFields.SignRatio) ? ratio : null, before, force: t == spec.Budget);
            bad = FirstNonFinite(x);
            if (bad >= 0)
            {
                reason = StopReason.NonFinite;
                detail = string.Create(CultureInfo.InvariantCulture, $"non-finite iterate after step t = {t}, coordinate {bad}: x = {x[bad]}");
                break;
            }

            double radius = VectorMath.NormInf(x);
            if (radius > spec.DivergenceRadius)
            {
                reason = StopReason.Diverged;
                detail = string.Create(CultureInfo.InvariantCulture, $"‖x‖∞ = {radius:G6} > {spec.DivergenceRadius:G6} after step t = {t}");
                break;
            }
        }

        double? finalLoss = null, finalNorm = null;
        if (f is not null && reason is StopReason.Budget or StopReason.Converged or StopReason.Diverged)
        {
            finalLoss = f.Value(x);
            f.Gradient(x, full);
            finalNorm = VectorMath.Norm(full);
            if (!double.IsFinite(finalLoss.Value) || !double.IsFinite(finalNorm.Value))
            {
                reason = StopReason.NonFinite;
                detail = string.Create(CultureInfo.InvariantCulture, $"non-finite loss or gradient at the final iterate after {steps} steps");
                finalLoss = finalNorm = null;
            }
            else
            {
                minNorm = minNorm is null ? finalNorm : Math.Min(minNorm.Value, finalNorm.Value);
            }
        }

        return new Trajectory(records, reason, steps, x, finalLoss, finalNorm, minNorm, maxRatio, detail);
    }

    private static void AddRecord(List<StepRecord> records, RunSpec spec, long t, double alpha, double? loss, double? norm, double? ratio, double[]? iterate, bool force)
    {
        if (spec.Record == RecordFields.None || (!force && (t - 1) % spec.RecordEvery != 0))
        {
            return;
        }

        records.Add(new StepRecord(
            t,
            alpha,
            spec.Record.HasFlag(RecordFields.Loss) ? loss : null,
            spec.Record.HasFlag(RecordFields.GradientNorm) ? norm : null,
            ratio,
            spec.Record.HasFlag(RecordFields.Iterate) ? (double[]?)iterate?.Clone() : null));
    }

    private static int FirstNonFinite(ReadOnlySpan<double> a)
    {
        for (int i = 0; i < a.Length; i++)
        {
            if (!double.IsFinite(a[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
