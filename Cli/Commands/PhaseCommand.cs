using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Cli.Reporting;
using Adam.Verification.Counterexamples.Phase;
using Adam.Verification.Counterexamples.Reddi;
using Adam.Verification.Counterexamples.Zhang;

namespace Adam.Verification.Cli.Commands;

/// <summary>
/// <c>adamv phase</c>: the Zhang (β1, β2) map for one n (RECONSTRUCTED function) or the Reddi (C, β2) map with β1 = 0,
/// written as SVG and CSV, with the boundary table printed. Cells run in parallel on all cores, deterministically.
/// </summary>
public static class PhaseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var problem = new Option<string>("--problem") { Description = "zhang (reconstructed finite sum, (β1, β2) map) or reddi (period-C problem, (C, β2) map with β1 = 0).", Required = true };
        problem.AcceptOnlyFromAmong("zhang", "reddi");
        var n = new Option<int>("--n") { Description = "Zhang only: the number of components n (2–1000).", DefaultValueFactory = _ => 10 };
        var grid = new Option<string>("--grid") { Description = "Cells as WxH (columns x rows, each 2–400).", DefaultValueFactory = _ => "40x40" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Directory for the SVG and CSV files (created if missing).", DefaultValueFactory = _ => new DirectoryInfo("phase") };
        var cMax = new Option<int>("--c-max") { Description = "Reddi only: the largest period C drawn (4–10000).", DefaultValueFactory = _ => 50 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the reshuffling streams (Zhang); same seed, same picture." };
        var command = new Command("phase", "Compute and draw a phase diagram (SVG + CSV) and print the boundary table.\n\nExamples:\n  adamv phase --problem zhang --n 10\n  adamv phase --problem zhang --n 100 --grid 60x60 --out figures\n  adamv phase --problem reddi --c-max 40")
        {
            problem, n, grid, outDir, cMax, seed,
        };
        command.SetAction(parse =>
        {
            string which = parse.GetValue(problem)!;
            PhaseGrid size = PhaseGrid.Parse(parse.GetValue(grid)!);
            DirectoryInfo dir = parse.GetValue(outDir)!;
            ulong runSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
            if (which == "reddi" && parse.GetResult(n) is { Implicit: false })
            {
                throw new ArgumentException("--n applies to --problem zhang only (the Reddi map varies C instead; see --c-max).");
            }

            if (which == "zhang" && parse.GetResult(cMax) is { Implicit: false })
            {
                throw new ArgumentException("--c-max applies to --problem reddi only.");
            }

            Directory.CreateDirectory(dir.FullName);
            return which == "zhang"
                ? Zhang(output, parse.GetValue(n), size, dir, runSeed)
                : Reddi(output, parse.GetValue(cMax), size, dir);
        });
        return command;
    }

    private static int Zhang(TextWriter output, int n, PhaseGrid size, DirectoryInfo dir, ulong seed)
    {
        if (n is < 2 or > 1000)
        {
            throw new ArgumentException($"--n must lie in [2, 1000]; got {n}.");
        }

        output.WriteLine(ZhangReconstructedSum.Label);
        var clock = Stopwatch.StartNew();
        PhaseMap map = ZhangPhase.Compute(n, size, seed);
        double mapSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(Invariant.Format($"map: {map.Cells.Count} cells (n = {n}, ≥ 2000 epochs × 4 paths a cell after burn-in) in {mapSeconds:F2} s = {map.Cells.Count / mapSeconds:F1} cells/s on {Environment.ProcessorCount} cores; {Counts(map)}"));
        clock.Restart();
        IReadOnlyList<ZhangBoundaryPoint> table = ZhangPhase.BoundaryTable(n, seed);
        output.WriteLine(Invariant.Format($"boundary β2*(β1, n = {n}) by bisection on the sign of D (common random numbers; ± is the 3·SE band), {clock.Elapsed.TotalSeconds:F2} s:"));
        output.WriteLine("  β1      β2*          ±3SE       1−β2*      D at β2* ± SE");
        foreach (ZhangBoundaryPoint p in table)
        {
            output.WriteLine(p.Beta2Star is { } b
                ? Invariant.Format($"  {p.Beta1,-6:0.0##}  {b,-11:0.000000}  {p.HalfWidth,-9:G2}  {1 - b,-9:G4}  {p.DriftAtRoot!.Mean:G3} ± {p.DriftAtRoot.StandardError:G2}")
                : Invariant.Format($"  {p.Beta1,-6:0.0##}  none: {p.Note}"));
        }

        string stem = Path.Combine(dir.FullName, Invariant.Format($"zhang-n{n}"));
        File.WriteAllText(stem + ".svg", PhaseSvg.Render(map, table.Where(p => p.Beta2Star is not null).Select(p => (p.Beta1, p.Beta2Star!.Value)).ToArray()));
        File.WriteAllText(stem + ".csv", PhaseCsv.Render(map));
        File.WriteAllText(stem + "-boundary.csv", "beta1,n,beta2_star,half_width_3se,drift,drift_se,note\n" + string.Concat(table.Select(p =>
            Invariant.Format($"{p.Beta1:R},{p.N},{(p.Beta2Star is { } b ? b.ToString("R", CultureInfo.InvariantCulture) : string.Empty)},{p.HalfWidth:R},{p.DriftAtRoot?.Mean.ToString("R", CultureInfo.InvariantCulture)},{p.DriftAtRoot?.StandardError.ToString("R", CultureInfo.InvariantCulture)},\"{p.Note}\"\n"))));
        output.WriteLine($"wrote {stem}.svg, {stem}.csv, {stem}-boundary.csv");
        return ExitCodes.Success;
    }

    private static int Reddi(TextWriter output, int cMax, PhaseGrid size, DirectoryInfo dir)
    {
        if (cMax is < 4 or > 10_000)
        {
            throw new ArgumentException($"--c-max must lie in [4, 10000]; got {cMax}.");
        }

        var clock = Stopwatch.StartNew();
        PhaseMap map = ReddiPhase.Compute(size, cMax);
        double seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(Invariant.Format($"map: {map.Cells.Count} cells (C = 3…{cMax}, β1 = 0) in {seconds:F2} s = {map.Cells.Count / seconds:F1} cells/s on {Environment.ProcessorCount} cores; {Counts(map)}"));
        output.WriteLine("boundary β2*(C): root of the exact stationary cycle drift (β1 = 0); Adam ends at +1 below it");
        output.WriteLine("  C      β2*          1/(1+C²)");
        var markers = new List<(double, double)>();
        foreach (int c in ReddiPhase.TablePeriods.Where(c => c <= cMax))
        {
            double? b = ReddiCycleDrift.Threshold(new PeriodicLinearProblem(c, c));
            output.WriteLine(Invariant.Format($"  {c,-5}  {(b is { } v ? v.ToString("0.000000", CultureInfo.InvariantCulture) : "none"),-11}  {1 / (1.0 + (c * c)):G4}"));
            if (b is { } found)
            {
                markers.Add((c, found));
            }
        }

        string stem = Path.Combine(dir.FullName, "reddi");
        File.WriteAllText(stem + ".svg", PhaseSvg.Render(map, markers));
        File.WriteAllText(stem + ".csv", PhaseCsv.Render(map));
        output.WriteLine($"wrote {stem}.svg, {stem}.csv");
        return ExitCodes.Success;
    }

    private static string Counts(PhaseMap map) => string.Join(", ", map.Counts().Select(kv => Invariant.Format($"{kv.Key} {kv.Value}")));
}
