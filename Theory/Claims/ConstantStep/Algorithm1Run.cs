using System.Globalization;
using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Running;
using Adam.Verification.Theory.Schedules;

namespace Adam.Verification.Theory.Claims.ConstantStep;

/// <summary>
/// Runs arXiv 2309.08339 Algorithm 1 (no bias correction unless the case asks for it, ρ outside the root) on a
/// case with Theorem 1's step α = √(2(L0−L*)/(Kδ²T)), δ = γ/ρ, and collects the quantities the claims compare.
/// </summary>
public sealed record Algorithm1Run(
    double SmoothnessK,
    double Gamma,
    double CoordinateGamma,
    double Rho,
    double Delta,
    double Gap,
    double Alpha,
    double MinGradientNorm,
    long ArgMinT,
    double AsPrintedBound,
    double CorrectedBound,
    Trajectory Trajectory)
{
    /// <summary>
    /// Executes the case; the objective must know K, L* and γ (γ∞ defaults to γ). A <paramref name="fault"/> changes the K
    /// the step and the bounds are computed with, and the step the update takes.
    /// </summary>
    public static Algorithm1Run Execute(ConstantStepInstance instance, double? alphaOverride = null, Algorithm1Fault? fault = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        fault ??= Algorithm1Fault.None;
        (IObjective f, double k, double lStar, double gamma, double gammaInf, double rho, double delta, double gap) = Setup(instance, fault);
        double alpha = alphaOverride ?? PaperStepSizes.AlphaStar(lStar + gap, lStar, k, gamma, rho, instance.Horizon);
        alpha *= fault.StepScale;
        var options = new AdamOptions(alpha: alpha, beta1: instance.Beta1, beta2: instance.Beta2, epsilon: rho, biasCorrection: instance.BiasCorrection);
        var spec = RunSpec.Deterministic(f, new AdamOptimizer(options, f.Dimension), new ConstantSchedule(alpha), instance.Start, instance.Horizon) with
        {
            Record = RecordFields.GradientNorm | RecordFields.Loss,
        };
        Trajectory run = Runner.Run(spec);
        double min = double.PositiveInfinity;
        long argMin = 0;
        foreach (StepRecord r in run.Records)
        {
            if (r.GradientNorm * fault.RecordedNormScale is double n && n < min)
            {
                min = n;
                argMin = r.T;
            }
        }

        return new Algorithm1Run(
            k, gamma, gammaInf, rho, delta, gap, alpha, min, argMin,
            ConstantStepBound.AsPrinted(k, delta, Math.Max(gap, double.Epsilon), instance.Horizon),
            ConstantStepBound.Corrected(k, delta, Math.Max(gap, double.Epsilon), instance.Horizon, gammaInf, rho),
            run);
    }

    /// <summary>
    /// ‖∇L(w0)‖ with the as-printed and the corrected bound of the case, computed before any step (no run): a start whose
    /// gradient already meets a bound makes that bound's case trivial.
    /// </summary>
    public static (double GradientNorm, double AsPrinted, double Corrected) Preview(ConstantStepInstance instance, Algorithm1Fault? fault = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        (IObjective f, double k, _, _, double gammaInf, double rho, double delta, double gap) = Setup(instance, fault ?? Algorithm1Fault.None);
        double[] g = new double[f.Dimension];
        f.Gradient(instance.Start, g);
        double norm = Math.Sqrt(g.Sum(x => x * x));
        return (norm, ConstantStepBound.AsPrinted(k, delta, Math.Max(gap, double.Epsilon), instance.Horizon), ConstantStepBound.Corrected(k, delta, Math.Max(gap, double.Epsilon), instance.Horizon, gammaInf, rho));
    }

    private static (IObjective F, double K, double LStar, double Gamma, double GammaInf, double Rho, double Delta, double Gap) Setup(ConstantStepInstance instance, Algorithm1Fault fault)
    {
        IObjective f = instance.Objective();
        ObjectiveFacts facts = f.Facts;
        double k = fault.ReportedKScale * (facts.SmoothnessK ?? throw new InvalidOperationException($"{f.Name} has no known K."));
        double lStar = facts.OptimalValue ?? throw new InvalidOperationException($"{f.Name} has no known L*.");
        double gamma = facts.GradientBound ?? throw new InvalidOperationException($"{f.Name} has no gradient bound γ.");
        double gammaInf = facts.CoordinateGradientBound ?? gamma;
        double rho = instance.RhoIsAbsolute ? instance.Rho : instance.Rho * gamma;
        double delta = PaperStepSizes.Delta(gamma, rho);
        double gap = Math.Max(0, f.Value(instance.Start) - lStar);
        return (f, k, lStar, gamma, gammaInf, rho, delta, gap);
    }

    /// <summary>The constants of the case in one line.</summary>
    public string Constants() => string.Create(CultureInfo.InvariantCulture, $"K = {SmoothnessK:G6}, γ = {Gamma:G6}, γ∞ = {CoordinateGamma:G6}, ρ = {Rho:G6}, L0 − L* = {Gap:G6}, α = {Alpha:G6}");
}
