using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adam.Verification.Empirical.Experiments;

/// <summary>
/// The experiment spec that <c>tools/torch_runner.py</c> executes (on CUDA or CPU), format <c>adamv-experiment-spec/1</c>:
/// <code>
/// {"format": "adamv-experiment-spec/1", "experiment": "schedulers", "scale": "paper", "question": "…",
///  "arms": [{"label": "α_ours", "is_alpha_ours": true, "schedule": "constant α_ours",
///            "architecture": {"kind": "mlp", "depth": 3, "width": 1000} | {"kind": "lenet"},
///            "epochs": 100, "batch_size": null, "train_per_class": 550, "rho": 1e-8, "beta1": 0.9, "beta2": 0.999,
///            "khat": {"samples": 5, "power_iterations": 20, "sampling_scale": 1, "target_alpha_ours": null}, "seed": 20260101,
///            "alpha_ours_factor": 1.0, "alphas": null}, …]}
/// </code>
/// An arm's step sizes are either a multiple of α_ours (<c>alpha_ours_factor</c>, constant in t; the runner computes
/// K̂ and L(w0) itself) or an explicit list α_1…α_T (<c>alphas</c>), evaluated here from the C# schedule so both
/// sides use the same schedule code. With <c>target_alpha_ours</c> set, the runner calibrates W's scale s so that α_ours
/// equals it (the search of <see cref="ScaleCalibration"/>: Illinois regula falsi on ln s in [1, 16], tolerance 1%), and
/// its trace reports the s it found.
/// </summary>
public static class ExperimentSpecJson
{
    /// <summary>The format tag.</summary>
    public const string FormatTag = "adamv-experiment-spec/1";

    /// <summary>The spec of <paramref name="experiment"/> at <paramref name="scale"/>, every arm's seed replaced by <paramref name="seed"/> when given.</summary>
    public static string Write(IExperiment experiment, ExperimentScale scale, ulong? seed = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var arms = new JsonArray();
        foreach (Arm arm in ExperimentRunner.Seeded(experiment.Arms(scale), seed))
        {
            TrainingSettings s = arm.Settings;
            (double? factor, double[]? alphas) = StepSizes(arm);

            arms.Add(new JsonObject
            {
                ["label"] = arm.Label,
                ["is_alpha_ours"] = arm.IsAlphaOurs,
                ["schedule"] = ScheduleText(arm),
                ["architecture"] = s.Architecture.IsLeNet
                    ? new JsonObject { ["kind"] = "lenet" }
                    : new JsonObject { ["kind"] = "mlp", ["depth"] = s.Architecture.Depth, ["width"] = s.Architecture.Width },
                ["epochs"] = s.Epochs,
                ["batch_size"] = s.BatchSize,
                ["train_per_class"] = s.TrainPerClass,
                ["rho"] = s.Rho,
                ["beta1"] = s.Beta1,
                ["beta2"] = s.Beta2,
                ["khat"] = new JsonObject { ["samples"] = s.KHatSamples, ["power_iterations"] = s.PowerIterations, ["sampling_scale"] = s.SamplingScale, ["target_alpha_ours"] = s.TargetAlphaOurs },
                ["seed"] = s.Seed,
                ["alpha_ours_factor"] = factor,
                ["alphas"] = alphas is null ? null : new JsonArray(alphas.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            });
        }

        var root = new JsonObject
        {
            ["format"] = FormatTag,
            ["experiment"] = experiment.Name,
            ["scale"] = scale.ToString().ToLowerInvariant(),
            ["question"] = experiment.Question,
            ["arms"] = arms,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The arm's schedule as the spec (and so the runner's trace) names it.</summary>
    public static string ScheduleText(Arm arm)
    {
        ArgumentNullException.ThrowIfNull(arm);
        return StepSizes(arm).Factor is double f ? $"constant α = {Format(f)}·α_ours" : arm.Schedule(new StepSizeContext(1, arm.Settings.Epochs)).Describe();
    }

    /// <summary>
    /// An arm whose α_t does not move when α_ours doubles is an explicit list; otherwise it must be c·α_ours (the factor).
    /// </summary>
    private static (double? Factor, double[]? Alphas) StepSizes(Arm arm)
    {
        double[] unit = Alphas(arm, 1);
        double[] doubled = Alphas(arm, 2);
        if (unit.SequenceEqual(doubled))
        {
            return (null, unit);
        }

        if (unit.Any(a => a != unit[0]) || doubled.Any(a => a != 2 * unit[0]))
        {
            throw new NotSupportedException($"arm '{arm.Label}' uses α_ours in a schedule that is not constant; the spec format carries only constant multiples of α_ours.");
        }

        return (unit[0], null);
    }

    private static double[] Alphas(Arm arm, double alphaOurs)
    {
        Theory.Schedules.IStepSchedule schedule = arm.Schedule(new StepSizeContext(alphaOurs, arm.Settings.Epochs));
        return Enumerable.Range(1, arm.Settings.Epochs).Select(t => schedule.Alpha(t)).ToArray();
    }

    /// <summary>Formats a number for error messages.</summary>
    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
