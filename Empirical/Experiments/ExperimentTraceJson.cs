using System.Globalization;
using System.Text.Json.Nodes;
using Adam.Verification.Theory.Schedules;
using Adam.Verification.Theory.Traces;
using static Adam.Verification.Theory.Traces.TraceJsonFields;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// Reads what <c>tools/torch_runner.py</c> writes, format <c>adamv-experiment-trace/1</c>, into an
/// <see cref="ExperimentResult"/> that the C# side plots and judges exactly like its own runs:
/// <code>
/// {"format": "adamv-experiment-trace/1", "experiment": "schedulers", "scale": "paper", "question": "…",
///  "implementation": "torch 2.11.0+cu128", "device": "cuda", "elapsed_s": 812.4,
///  "arms": [{"label": "α_ours", "schedule": "…", "is_alpha_ours": true, "k_hat": 3.1, "k_hat_samples": […],
///            "initial_loss": 2.30, "alpha_ours": 0.02, "sampling_scale": 1, "unconverged": 0,
///            "epochs": [{"epoch": 0, "loss": …, "grad_norm": …, "test_accuracy": …, "alpha": …}, …]}, …]}
/// </code>
/// Every error names the file and the JSON path (e.g. <c>arms[3].epochs[12].grad_norm</c>).
/// </summary>
public static class ExperimentTraceJson
{
    /// <summary>The format tag.</summary>
    public const string FormatTag = "adamv-experiment-trace/1";

    /// <summary>The largest elapsed_s accepted: a year.</summary>
    public const double MaxElapsedSeconds = 365.25 * 86_400;

    /// <summary>
    /// α_ours must be the paper's √(2·L(w0)/(K̂·T)) from the arm's own K̂, L(w0) and T, and each epoch's α what the arm's
    /// schedule gives with that α_ours (0 at epoch 0, before any step): a runner that trained with other step sizes, or
    /// a trace edited after the run, is refused.
    /// </summary>
    private static void CheckStepSizes(ArmResult arm, Arm spec, string at)
    {
        SmoothnessEstimate k = arm.Smoothness;
        double alphaOurs = PaperStepSizes.AlphaOurs(k.InitialLoss, k.KHat, spec.Settings.Epochs);
        Require(double.IsFinite(alphaOurs), at, "k_hat", k.KHat, string.Create(CultureInfo.InvariantCulture, $"large enough that √(2·initial_loss/(k_hat·T)) is finite (initial_loss {k.InitialLoss:R})"));
        Require(Close(k.AlphaOurs, alphaOurs), at, "alpha_ours", k.AlphaOurs, string.Create(CultureInfo.InvariantCulture, $"√(2·initial_loss/(k_hat·T)) = {alphaOurs:R} with T = {spec.Settings.Epochs}"));
        IStepSchedule schedule = spec.Schedule(new StepSizeContext(k.AlphaOurs, spec.Settings.Epochs));
        for (int e = 0; e < arm.Epochs.Count; e++)
        {
            double expected = e == 0 ? 0 : schedule.Alpha(e);
            Require(Close(arm.Epochs[e].Alpha, expected), string.Create(CultureInfo.InvariantCulture, $"{at}.epochs[{e}]"), "alpha", arm.Epochs[e].Alpha, string.Create(CultureInfo.InvariantCulture, $"{expected:R} ({(e == 0 ? "no step before epoch 1" : schedule.Describe())})"));
        }
    }

    private static bool Close(double actual, double expected) => double.IsFinite(expected) && Math.Abs(actual - expected) <= 1e-9 * Math.Max(Math.Abs(expected), 1e-300);

    private static void Require(bool ok, string at, string field, double value, string expected)
    {
        if (!ok)
        {
            throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.{field} is {value}, expected {expected}."));
        }
    }

    /// <summary>Reads a trace file.</summary>
    /// <exception cref="TraceFormatException">Missing, malformed or inconsistent; the message names the path.</exception>
    public static (ExperimentResult Result, string Implementation, string Device) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new TraceFormatException($"{path}: the experiment trace file does not exist.");
        }

        return Parse(StrictJson.ReadFile(path).ToJsonString(), path);
    }

    /// <summary>Parses trace JSON; <paramref name="source"/> names it in errors.</summary>
    public static (ExperimentResult Result, string Implementation, string Device) Parse(string json, string source)
    {
        JsonObject root = TraceJsonFields.Root(json, source, FormatTag, "an experiment trace");
        ExperimentScale scale = Text(root, "scale", source + ": $") switch
        {
            "ci" => ExperimentScale.Ci,
            "paper" => ExperimentScale.Paper,
            string other => throw new TraceFormatException($"{source}: $.scale is '{other}', expected 'ci' or 'paper'."),
        };
        string experiment = Text(root, "experiment", source + ": $");
        if (ExperimentCatalogue.All.All(e => e.Name != experiment))
        {
            throw new TraceFormatException($"{source}: $.experiment is '{experiment}', expected one of {string.Join(", ", ExperimentCatalogue.All.Select(e => e.Name))}.");
        }

        double elapsed = Number(root, "elapsed_s", source + ": $");
        if (elapsed is < 0 or > MaxElapsedSeconds)
        {
            throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: $.elapsed_s is {elapsed}, expected seconds in [0, {MaxElapsedSeconds:G3}]."));
        }

        JsonArray arms = root["arms"] as JsonArray ?? throw new TraceFormatException($"{source}: $.arms is missing or not an array.");
        if (arms.Count == 0)
        {
            throw new TraceFormatException($"{source}: $.arms is empty.");
        }

        var results = new List<ArmResult>();
        for (int a = 0; a < arms.Count; a++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{source}: $.arms[{a}]");
            JsonObject arm = arms[a] as JsonObject ?? throw new TraceFormatException($"{at} is not an object.");
            JsonArray epochs = arm["epochs"] as JsonArray ?? throw new TraceFormatException($"{at}.epochs is missing or not an array.");
            var records = new List<EpochRecord>();
            for (int e = 0; e < epochs.Count; e++)
            {
                string eat = string.Create(CultureInfo.InvariantCulture, $"{at}.epochs[{e}]");
                JsonObject row = epochs[e] as JsonObject ?? throw new TraceFormatException($"{eat} is not an object.");
                double epochValue = Number(row, "epoch", eat);
                if (epochValue != e)
                {
                    throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{eat}.epoch is {epochValue}, expected {e} (epochs run 0, 1, 2, … without gaps)."));
                }

                var record = new EpochRecord(e, Number(row, "loss", eat, allowNonFinite: true), Number(row, "grad_norm", eat, allowNonFinite: true), Number(row, "test_accuracy", eat), Number(row, "alpha", eat));
                Require(!(record.Loss < 0), eat, "loss", record.Loss, "≥ 0 (or non-finite for a diverged arm)");
                Require(!(record.GradientNorm < 0), eat, "grad_norm", record.GradientNorm, "≥ 0 (or non-finite for a diverged arm)");
                Require(record.TestAccuracy is >= 0 and <= 1, eat, "test_accuracy", record.TestAccuracy, "in [0, 1]");
                Require(record.Alpha >= 0, eat, "alpha", record.Alpha, "≥ 0");
                records.Add(record);
            }

            if (records.Count == 0)
            {
                throw new TraceFormatException($"{at}.epochs is empty (epoch 0 is the start and must be there).");
            }

            JsonArray samples = arm["k_hat_samples"] as JsonArray ?? throw new TraceFormatException($"{at}.k_hat_samples is missing or not an array.");
            if (samples.Count == 0)
            {
                throw new TraceFormatException($"{at}.k_hat_samples is empty (K̂ is a maximum over samples).");
            }

            double[] perSample = samples.Select((node, i) => node is JsonValue v && v.TryGetValue(out double x) && double.IsFinite(x) && x >= 0 ? x : throw new TraceFormatException($"{at}.k_hat_samples[{i}] is not a finite number ≥ 0.")).ToArray();
            double kHat = Number(arm, "k_hat", at), unconverged = Number(arm, "unconverged", at);
            Require(kHat > 0, at, "k_hat", kHat, "> 0 (a network's curvature estimate)");
            Require(Math.Abs(kHat - perSample.Max()) <= 1e-9 * Math.Max(1, kHat), at, "k_hat", kHat, string.Create(CultureInfo.InvariantCulture, $"the maximum of k_hat_samples ({perSample.Max():R})"));
            Require(unconverged >= 0 && unconverged == Math.Floor(unconverged) && unconverged <= perSample.Length, at, "unconverged", unconverged, "a count of samples");
            Require(Number(arm, "sampling_scale", at) > 0, at, "sampling_scale", Number(arm, "sampling_scale", at), "> 0");
            Require(Number(arm, "alpha_ours", at) >= 0, at, "alpha_ours", Number(arm, "alpha_ours", at), "≥ 0");
            Require(Number(arm, "initial_loss", at) >= 0, at, "initial_loss", Number(arm, "initial_loss", at), "≥ 0");
            if (results.Any(r => r.Label == Text(arm, "label", at)))
            {
                throw new TraceFormatException($"{at}.label '{Text(arm, "label", at)}' repeats an earlier arm's.");
            }
            var smoothness = new SmoothnessEstimate(Number(arm, "k_hat", at), perSample, Number(arm, "initial_loss", at), Number(arm, "alpha_ours", at), (int)Number(arm, "unconverged", at), Number(arm, "sampling_scale", at));
            results.Add(new ArmResult(Text(arm, "label", at), Text(arm, "schedule", at), Flag(arm, "is_alpha_ours", at), smoothness, records));
        }

        // The arms are the experiment's own at this scale (the spec the runner was given): same labels, same α_ours flags,
        // in order; each arm runs its spec's epochs unless its loss turned non-finite (the runners stop a diverged arm).
        IReadOnlyList<Arm> spec = ExperimentCatalogue.Get(experiment).Arms(scale);
        if (results.Count != spec.Count)
        {
            throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: $.arms: {results.Count} arms where the {experiment} experiment at scale {scale.ToString().ToLowerInvariant()} has {spec.Count} ({string.Join(", ", spec.Select(a => a.Label))})."));
        }

        for (int a = 0; a < spec.Count; a++)
        {
            if (results[a].Label != spec[a].Label || results[a].IsAlphaOurs != spec[a].IsAlphaOurs)
            {
                throw new TraceFormatException($"{source}: $.arms[{a}] is '{results[a].Label}' (is_alpha_ours {results[a].IsAlphaOurs.ToString().ToLowerInvariant()}), where the experiment has '{spec[a].Label}' (is_alpha_ours {spec[a].IsAlphaOurs.ToString().ToLowerInvariant()}).");
            }

            if (results[a].Epochs.Count > spec[a].Settings.Epochs + 1 || (results[a].Epochs.Count < spec[a].Settings.Epochs + 1 && double.IsFinite(results[a].Final.Loss)))
            {
                throw new TraceFormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: $.arms[{a}]: {results[a].Epochs.Count} epoch records where the experiment runs {spec[a].Settings.Epochs} epochs (epoch 0 and one per epoch; an arm may stop early only when its loss turned non-finite)."));
            }

            if (results[a].Epochs.Take(results[a].Epochs.Count - 1).Any(r => !double.IsFinite(r.GradientNorm)))
            {
                throw new TraceFormatException($"{source}: $.arms[{a}]: a non-finite grad_norm before the last epoch record (the runners stop a diverged arm there).");
            }

            if (results[a].Epochs.Take(results[a].Epochs.Count - 1).Any(r => !double.IsFinite(r.Loss)))
            {
                throw new TraceFormatException($"{source}: $.arms[{a}]: a non-finite loss before the last epoch record (the runners stop a diverged arm there).");
            }

            string armAt = string.Create(CultureInfo.InvariantCulture, $"{source}: $.arms[{a}]");
            if (spec[a].Settings.TargetAlphaOurs is double target)
            {
                // A calibrated arm: s inside the bracket, and α_ours at the target unless s stopped at an end of it.
                SmoothnessEstimate k = results[a].Smoothness;
                // At an end of the bracket the search stops only when the target lies beyond it: α_ours ≤ target at s = 1
                // (the largest α_ours there is), α_ours ≥ target at s = ScaleCalibration.High.
                double slack = 1 + (2 * ScaleCalibration.Tolerance);
                bool endLow = k.SamplingScale == ScaleCalibration.Low && k.AlphaOurs <= target * slack;
                bool endHigh = k.SamplingScale == ScaleCalibration.High && k.AlphaOurs >= target / slack;
                Require(k.SamplingScale is >= ScaleCalibration.Low and <= ScaleCalibration.High, armAt, "sampling_scale", k.SamplingScale, string.Create(CultureInfo.InvariantCulture, $"in the calibration bracket [{ScaleCalibration.Low}, {ScaleCalibration.High}]"));
                Require(endLow || endHigh || ScaleCalibration.Reached(k.AlphaOurs, target), armAt, "alpha_ours", k.AlphaOurs, string.Create(CultureInfo.InvariantCulture, $"within {2 * ScaleCalibration.Tolerance:P0} of the calibration target {target:R} (or beyond it at the end of the bracket the search stopped at)"));
            }
            else
            {
                Require(results[a].Smoothness.SamplingScale == spec[a].Settings.SamplingScale, armAt, "sampling_scale", results[a].Smoothness.SamplingScale, string.Create(CultureInfo.InvariantCulture, $"the experiment's {spec[a].Settings.SamplingScale:R}"));
            }

            string schedule = ExperimentSpecJson.ScheduleText(spec[a]);
            if (results[a].Schedule != schedule)
            {
                throw new TraceFormatException($"{armAt}.schedule is '{StrictJson.Clip(results[a].Schedule)}', where the experiment's arm runs '{schedule}'.");
            }

            CheckStepSizes(results[a], spec[a], armAt);
        }

        string question = Text(root, "question", source + ": $");
        if (question != ExperimentCatalogue.Get(experiment).Question)
        {
            throw new TraceFormatException($"{source}: $.question is '{StrictJson.Clip(question)}', where the {experiment} experiment asks '{ExperimentCatalogue.Get(experiment).Question}'.");
        }

        string implementation = Text(root, "implementation", source + ": $"), device = Text(root, "device", source + ": $");
        var result = new ExperimentResult(experiment, question, scale, results, TimeSpan.FromSeconds(elapsed))
        {
            Source = $"trace {Path.GetFileName(source)} ({implementation} on {device})",
        };
        return (result, implementation, device);
    }
}
