using System.CommandLine;
using System.Globalization;
using Adam.Verification.Cli.Output;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Theory.Lipschitz;
using Adam.Verification.Theory.Objectives;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Cli.Commands;

/// <summary><c>adamv lipschitz</c>: Algorithm 2 of arXiv 2309.08339 on a generated family, K̂ against the known K.</summary>
public static class LipschitzCommand
{
    private static readonly int[] Checkpoints = [10, 100, 1000, 10000];

    /// <summary>The largest sampling scale accepted.</summary>
    public const double MaxScale = 1e6;

    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter error)
    {
        var family = new Option<string>("--family") { Description = $"Objective family: {FamilyNames.Help}.", DefaultValueFactory = _ => "F2" };
        var dimension = new Option<int>("--dimension") { Description = "Dimension d (1–64).", DefaultValueFactory = _ => 10 };
        var samples = new Option<int>("--samples") { Description = "N, the number of points drawn from W.", DefaultValueFactory = _ => 1000 };
        var scale = new Option<double>("--sampling-scale") { Description = "W = N(0, s²I): the sampling scale s.", DefaultValueFactory = _ => 3 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the objective and of the samples." };
        var csv = new Option<FileInfo?>("--csv") { Description = "Write n, ‖∇²L(w_n)‖₂ and K̂_n rows to this CSV file." };
        var command = new Command("lipschitz", "Estimate the smoothness K̂ by Algorithm 2 (power iteration at N points of W).\n\nExamples:\n  adamv lipschitz --family F2 --samples 1000\n  adamv lipschitz --family planted-cos --samples 5000 --sampling-scale 2 --csv khat.csv")
        {
            family, dimension, samples, scale, seed, csv,
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
            int d = parse.GetValue(dimension), n = parse.GetValue(samples);
            if (d is < 1 or > 64)
            {
                throw new ArgumentException($"--dimension must lie in [1, 64]; got {d}.");
            }

            if (n is < 1 or > 10_000_000)
            {
                throw new ArgumentException($"--samples must lie in [1, 1e7]; got {n}.");
            }

            double s = parse.GetValue(scale);
            OptionValidationException.RequirePositive("--sampling-scale", s);
            if (s > MaxScale)
            {
                throw new ArgumentException($"--sampling-scale must be at most {MaxScale:G0} (W draws points whose curvature must stay finite); got {s}.");
            }
            var random = new SeededRandom(runSeed);
            IObjective f = ObjectiveGenerator.Draw(FamilyNames.Parse(parse.GetValue(family)!), random, d);
            LipschitzEstimate e = LipschitzEstimator.Estimate(f, new GaussianDistribution(new double[d], s), n, random);
            double? k = f.Facts.SmoothnessK;
            output.WriteLine($"{f.Name}; W = N(0, {s.ToString(CultureInfo.InvariantCulture)}²I); N = {n}; seed {runSeed}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"K̂_N = {e.KHat:G10}"));
            if (k is double known)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"K   = {known:G10} ({(f.Facts.SmoothnessKIsExact ? "exact" : "upper bound")}); K̂/K = {e.KHat / known:G6}"));
            }

            foreach (int m in Checkpoints.Where(m => m < n))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"K̂_{m} = {e.RunningMax[m - 1]:G10}"));
            }

            output.WriteLine($"witness w = ({string.Join(", ", e.Witness.Select(v => v.ToString("G5", CultureInfo.InvariantCulture)))})");
            output.WriteLine($"power iterations that hit their cap: {e.Unconverged} of {n}");
            if (parse.GetValue(csv) is { } file)
            {
                CsvFile.Write(StandardOutput.PathOf(file), ["n", "hessian_norm", "k_hat"], e.PerSample.Select((v, i) => (IReadOnlyList<object>)[i + 1, v, e.RunningMax[i]]), CommandProvenance.Of(parse) with { Seed = runSeed });
                output.WriteLine($"wrote {(StandardOutput.Is(file) ? "the CSV to standard output" : file.FullName)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
