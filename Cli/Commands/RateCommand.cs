using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;
using Adam.Verification.Theory.Running;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv rate</c>: fits the exponent b of a convergence metric ∝ T^b for a family, an Adam variant and a
/// schedule, with a bootstrap confidence interval; optionally writes the per-replicate samples as CSV.
/// </summary>
public static class RateCommand
{
    /// <summary>The schedules by their command-line names.</summary>
    private static readonly (string Name, RateSchedule Value)[] Schedules =
        [("sign-like", RateSchedule.SignLike), ("sign-like-no-momentum", RateSchedule.SignLikeWithoutMomentum), ("constant", RateSchedule.Constant), ("inverse-sqrt", RateSchedule.InverseSqrt), ("alpha-star", RateSchedule.AlphaStar)];

    /// <summary>The metrics by their command-line names.</summary>
    private static readonly (string Name, RateMetric Value)[] Metrics = [("l1-average", RateMetric.AverageL1GradientNorm), ("min-grad", RateMetric.MinGradientNorm)];

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var family = new Option<string>("--family") { Description = $"Objective family: {FamilyNames.Help}.", DefaultValueFactory = _ => "F1" };
        var dimension = new Option<int>("--dimension") { Description = "Dimension d (2–64).", DefaultValueFactory = _ => 10 };
        var variant = new Option<string>("--variant") { Description = $"Adam preset: {string.Join(", ", AdamPresets.All.Select(p => p.Name))}.", DefaultValueFactory = _ => AdamPresets.ConstantStepAlgorithm1.Name };
        Option<Choice<RateSchedule>> schedule = ChoiceOption.Create(
            "--schedule",
            "sign-like (2507.05966: 1−β1 = T^-1/2, 1−β2 = T^-3/4, α = c·T^-3/4/√d) | sign-like-no-momentum (the same with β1 = 0) | constant (α = c) | inverse-sqrt (α = c/√t) | alpha-star (2309.08339 Thm 1, ρ = the variant's ε).",
            Schedules,
            RateSchedule.SignLike);
        var constant = new Option<double>("--constant") { Description = "The schedule's constant c.", DefaultValueFactory = _ => 3 };
        var sigma = new Option<double>("--sigma") { Description = "Gaussian gradient noise σ ≥ 0.", DefaultValueFactory = _ => 1 };
        Option<Choice<RateMetric>> metric = ChoiceOption.Create("--metric", "l1-average: (1/T)Σ‖∇F‖₁ | min-grad: min_t ‖∇F‖₂.", Metrics, RateMetric.AverageL1GradientNorm);
        var horizons = new Option<string>("--horizons") { Description = "Comma-separated horizons T (at least two).", DefaultValueFactory = _ => "1000,3000,10000,30000" };
        var replicates = new Option<int>("--replicates") { Description = "Independent runs per horizon (≥ 2).", DefaultValueFactory = _ => 8 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the objective, start and noise." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Write horizon, replicate and metric rows to this CSV file." };
        var command = new Command("rate", "Fit a convergence-rate exponent with a 95% bootstrap interval.\n\nExamples:\n  adamv rate --family F2 --schedule sign-like\n  adamv rate --family quadratic --variant kingma-ba --schedule inverse-sqrt --constant 0.1 --csv rate.csv")
        {
            family, dimension, variant, schedule, constant, sigma, metric, horizons, replicates, seed, csv,
        };
        command.SetAction(parse =>
        {
            // A data file written to standard output (-) keeps standard output for the data: the rest goes to stderr.
            TextWriter output = StandardOutput.Is(parse.GetValue(csv)) ? error : stdout;
            if (parse.GetValue(csv) is { } destination)
            {
                OutputDestination.ForFile(StandardOutput.PathOf(destination), "--csv");
            }

            ulong runSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
            int d = parse.GetValue(dimension);
            if (d is < 2 or > 64)
            {
                throw new ArgumentException($"--dimension must lie in [2, 64]; got {d}.");
            }

            int reps = parse.GetValue(replicates);
            if (reps < 2)
            {
                throw new ArgumentException($"--replicates must be at least 2; got {reps}.");
            }

            long[] ts = ParseHorizons(parse.GetValue(horizons)!);
            double c = parse.GetValue(constant), noise = parse.GetValue(sigma);
            OptionValidationException.RequirePositive("--constant", c);
            OptionValidationException.RequireNonNegative("--sigma", noise);
            if (noise > 1e6 || c > 1e6)
            {
                throw new ArgumentException($"{(noise > 1e6 ? "--sigma" : "--constant")} must be at most 1e6 (beyond it the moment estimates overflow and no rate is measured); got {(noise > 1e6 ? noise : c)}.");
            }
            IObjective f = ObjectiveGenerator.Draw(FamilyNames.Parse(parse.GetValue(family)!), new SeededRandom(runSeed), d);
            AdamPreset preset = AdamPresets.Get(parse.GetValue(variant)!);
            RateSchedule kind = parse.GetValue(schedule).Value;
            static bool HasAlphaStarFacts(IObjective o) => o.Facts is { GradientBound: not null, OptimalValue: not null, SmoothnessK: not null };
            if (kind == RateSchedule.AlphaStar && !HasAlphaStarFacts(f))
            {
                throw new ArgumentException($"--schedule alpha-star needs γ, L* and K, which --family {parse.GetValue(family)} ({f.Name}) does not state; families that do: {string.Join(", ", FamilyNames.Where(HasAlphaStarFacts, d))}.");
            }

            RateMetric m = parse.GetValue(metric).Value;
            var study = new RateStudy(f, preset.Template, kind, c, noise, m);
            RateMeasurement result = study.Measure(ts, reps, runSeed);
            output.WriteLine($"{f.Name}; {preset.Name}; schedule {ChoiceOption.NameOf(Schedules, kind)} (c = {c.ToString(CultureInfo.InvariantCulture)}); σ = {noise.ToString(CultureInfo.InvariantCulture)}; metric {ChoiceOption.NameOf(Metrics, m)}; seed {runSeed}");
            output.WriteLine($"{"T",10}  {"mean",12}  {"SE",10}");
            for (int k = 0; k < ts.Length; k++)
            {
                var s = result.Summaries[k];
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ts[k],10}  {s.Mean,12:G6}  {s.StandardError,10:G3}"));
            }

            output.WriteLine($"exponent b = {result.Fit}");
            if (parse.GetValue(csv) is { } file)
            {
                CsvFile.Write(StandardOutput.PathOf(file), ["horizon", "replicate", "metric"], ts.SelectMany((t, k) => result.Samples[k].Select((v, r) => (IReadOnlyList<object>)[t, r, v])), CommandProvenance.Of(parse) with { Seed = runSeed });
                output.WriteLine($"wrote {(StandardOutput.Is(file) ? "the CSV to standard output" : file.FullName)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static long[] ParseHorizons(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new List<long>();
        foreach (string p in parts)
        {
            if (!long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out long t) || t < 1 || t > 10_000_000)
            {
                throw new ArgumentException($"--horizons takes positive integers up to 1e7; got '{p}'.");
            }

            values.Add(t);
        }

        if (values.Distinct().Count() < 2)
        {
            throw new ArgumentException($"--horizons needs at least two distinct values; got '{text}'.");
        }

        return [.. values];
    }
}
