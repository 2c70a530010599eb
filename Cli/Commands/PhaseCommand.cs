using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Adam.Verification.Cli.Output;
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
        Option<Choice<string?>> problem = ChoiceOption.Create<string?>("--problem", "zhang (reconstructed finite sum, (β1, β2) map) or reddi ((C, β2) map with β1 = 0; see --period).", [("zhang", "zhang"), ("reddi", "reddi")]);
        var n = new Option<int>("--n") { Description = "Zhang only: the number of components n (2–1000).", DefaultValueFactory = _ => 10 };
        var grid = new Option<string>("--grid") { Description = "Cells as WxH (columns x rows, each 2–400).", DefaultValueFactory = _ => "40x40" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Directory for the SVG and CSV files (created if missing).", DefaultValueFactory = _ => new DirectoryInfo("phase") };
        Option<Choice<ReddiMap>> period = ChoiceOption.Create("--period", "Reddi only: 3 (Theorem 1's problem: period 3, gradients C, −1, −1) or C (Theorem 2's: gradient C once every C steps).", [("3", ReddiMap.PeriodThree), ("C", ReddiMap.PeriodC)], ReddiMap.PeriodC);
        var cMax = new Option<int>("--c-max") { Description = "Reddi only: the largest period C drawn (4–10000).", DefaultValueFactory = _ => 50 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the reshuffling streams (Zhang); same seed, same picture." };
        var shard = new Option<string?>("--shard") { Description = "Compute only shard i/N of the cells (cells k with k mod N = i − 1) and write them as a shard file for --merge; auto (or auto/N) takes i and N from a Slurm job array or a Kubernetes Indexed Job." };
        var merge = new Option<FileInfo[]>("--merge") { Description = "Combine the shard files of one run (all N of them) into the map a single run draws.", AllowMultipleArgumentsPerToken = true };
        var format = FigureFormatOption.Create();
        var command = new Command("phase", "Compute and draw a phase diagram (SVG or PNG, and CSV) and print the boundary table.\n\nExamples:\n  adamv phase --problem zhang --n 10\n  adamv phase --problem zhang --n 100 --grid 60x60 --out figures\n  adamv phase --problem reddi --c-max 40 --format both\n  adamv phase --problem reddi --period 3\n  adamv phase --problem zhang --n 100 --shard 3/8 --out shards\n  adamv phase --merge shards/zhang-n100.shard-*.json --out figures")
        {
            problem, n, grid, outDir, cMax, period, seed, shard, merge, format,
        };
        command.SetAction(parse =>
        {
            DirectoryInfo dir = parse.GetValue(outDir)!;
            OutputDestination.ForDirectory(dir.ToString(), "--out");
            if (parse.GetValue(merge) is { Length: > 0 } files)
            {
                OptionConflicts.Forbid(parse, "--merge (the shard files fix the problem, grid and seed)", problem, n, grid, cMax, period, seed, shard);
                foreach (FileInfo f in files)
                {
                    InputFiles.Require(f, "--merge");
                }

                return Merge(output, files, dir, CommandProvenance.Of(parse), FigureFormatOption.Read(parse, format));
            }

            string which = parse.GetValue(problem).Value ?? throw new ArgumentException("--problem is required (zhang or reddi), unless --merge is given.");
            PhaseGrid size = PhaseGrid.Parse(parse.GetValue(grid)!);
            ulong runSeed = parse.GetValue(seed) ?? VerifyCommand.SeedFromEnvironment();
            if (which == "reddi" && parse.GetResult(n) is { Implicit: false })
            {
                throw new ArgumentException("--n applies to --problem zhang only (the Reddi map varies C instead; see --c-max).");
            }

            if (which == "zhang" && parse.GetResult(cMax) is { Implicit: false })
            {
                throw new ArgumentException("--c-max applies to --problem reddi only.");
            }

            if (which == "reddi" && parse.GetResult(seed) is not null)
            {
                throw new ArgumentException("--seed applies to --problem zhang only (every Reddi cell is exact or its drift oracle is deterministic).");
            }

            if (which == "zhang" && parse.GetResult(period) is { Implicit: false })
            {
                throw new ArgumentException("--period applies to --problem reddi only.");
            }

            ReddiMap map = parse.GetValue(period).Value;

            CheckRange(which, parse.GetValue(n), parse.GetValue(cMax));
            if (parse.GetValue(shard) is { } text)
            {
                OptionConflicts.Forbid(parse, "--shard (a shard writes cells for --merge, not figures)", format);
                (int i, int count) = Shards.Parse(text);
                return WriteShard(output, which, parse.GetValue(n), parse.GetValue(cMax), map, size, runSeed, new PhaseShard(i, count), dir);
            }

            FigureFormat figures = FigureFormatOption.Read(parse, format);
            return which == "zhang"
                ? Zhang(output, parse.GetValue(n), size, dir, CommandProvenance.Of(parse) with { Seed = runSeed }, figures, runSeed)
                : Reddi(output, parse.GetValue(cMax), map, size, dir, CommandProvenance.Of(parse), figures);
        });
        return command;
    }

    private static int WriteShard(TextWriter output, string which, int n, int cMax, ReddiMap reddi, PhaseGrid size, ulong seed, PhaseShard shard, DirectoryInfo dir)
    {
        CheckRange(which, n, cMax);
        var clock = Stopwatch.StartNew();
        PhaseMap part = which == "zhang" ? ZhangPhase.Compute(n, size, seed, shard: shard) : ReddiPhase.Compute(size, cMax, shard: shard, problem: reddi);
        var file = new PhaseShardFile(which, which == "zhang" ? n : null, which == "reddi" ? cMax : null, size, seed, shard, part.Cells) { Period = which == "reddi" ? PeriodName(reddi) : null };
        string path = Path.Combine(dir.FullName, $"{Stem(which, n, reddi)}.shard-{shard.Index}-of-{shard.Count}.json");
        OutputSet.WriteFile(path, file.ToJson(), "--out");
        output.WriteLine(Invariant.Format($"shard {shard}: {part.Cells.Count} of {size.Width * size.Height} cells in {clock.Elapsed.TotalSeconds:F2} s; wrote {path}"));
        return ExitCodes.Success;
    }

    private static int Merge(TextWriter output, FileInfo[] files, DirectoryInfo dir, Provenance provenance, FigureFormat format)
    {
        PhaseShardFile[] shards = [.. files.Select(f => PhaseShardFile.Read(f.FullName))];
        PhaseShardFile first = shards[0];
        int otherAt = Array.FindIndex(shards, s => !s.SameRun(first));
        if (otherAt >= 0)
        {
            static string Run(PhaseShardFile s) => Invariant.Format($"{s.Problem} {(s.N is int n ? $"n = {n} seed {s.Seed}" : $"period {s.Period} c_max = {s.CMax}")} {s.Grid}, {s.Shard.Count} shards");
            throw new FormatException($"{files[otherAt].FullName}: a shard of a different run than {files[0].FullName} ({Run(shards[otherAt])} vs {Run(first)}).");
        }

        int repeatAt = Enumerable.Range(1, shards.Length - 1).FirstOrDefault(i => shards[..i].Any(s => s.Shard.Index == shards[i].Shard.Index));
        if (repeatAt > 0)
        {
            int earlier = Array.FindIndex(shards, s => s.Shard.Index == shards[repeatAt].Shard.Index);
            throw new FormatException($"{files[repeatAt].FullName}: shard {shards[repeatAt].Shard} again (also in {files[earlier].FullName}).");
        }

        int[] indices = [.. shards.Select(s => s.Shard.Index).Order()];
        if (!indices.SequenceEqual(Enumerable.Range(1, first.Shard.Count)))
        {
            int[] missing = [.. Enumerable.Range(1, first.Shard.Count).Except(indices)];
            throw new FormatException($"--merge: missing shard(s) {string.Join(", ", missing.Select(i => $"{i}/{first.Shard.Count}"))} of the run in {files[0].FullName}.");
        }

        IReadOnlyList<PhaseCell> cells = [.. shards.SelectMany(s => s.Cells)];
        PhaseMap frame = first.Problem == "zhang" ? ZhangPhase.Frame(first.N!.Value, first.Grid, cells) : ReddiPhase.Frame(first.Grid, first.CMax!.Value, cells, first.ReddiMap);
        PhaseMap map = PhaseMap.Merge([frame]);
        output.WriteLine($"merged {shards.Length} shards: {map.Cells.Count} cells");
        return first.Problem == "zhang" ? Zhang(output, first.N!.Value, first.Grid, dir, provenance with { Seed = first.Seed }, format, first.Seed, map) : Reddi(output, first.CMax!.Value, first.ReddiMap, first.Grid, dir, provenance, format, map);
    }

    /// <summary>What each column of a phase map's CSV means.</summary>
    private static IReadOnlyList<(string, string)> PhaseColumns(PhaseMap map) =>
    [
        ("column", "grid column, 0 at the left"),
        ("row", "grid row, 0 at the bottom"),
        (map.XColumn, map.XLabel),
        ("beta2", "β2 at the cell's centre"),
        ("drift", "stationary drift of the update direction (negative: Adam diverges)"),
        ("standard_error", "its standard error (0 where exact)"),
        ("verdict", "the cell's class"),
        ("method", "how the cell was decided"),
    ];

    private static string Stem(string which, int n, ReddiMap reddi = ReddiMap.PeriodC) =>
        which == "zhang" ? Invariant.Format($"zhang-n{n}") : reddi == ReddiMap.PeriodThree ? "reddi-period3" : "reddi";

    private static string PeriodName(ReddiMap map) => map == ReddiMap.PeriodThree ? "3" : "C";

    private static void CheckRange(string which, int n, int cMax)
    {
        if (which == "zhang")
        {
            CheckN(n);
        }
        else
        {
            CheckCMax(cMax);
        }
    }

    private static void CheckN(int n)
    {
        if (n is < 2 or > 1000)
        {
            throw new ArgumentException($"--n must lie in [2, 1000]; got {n}.");
        }
    }

    private static void CheckCMax(int cMax)
    {
        if (cMax is < 4 or > 10_000)
        {
            throw new ArgumentException($"--c-max must lie in [4, 10000]; got {cMax}.");
        }
    }

    private static int Zhang(TextWriter output, int n, PhaseGrid size, DirectoryInfo dir, Provenance provenance, FigureFormat format, ulong seed, PhaseMap? merged = null)
    {
        CheckN(n);
        output.WriteLine(ZhangReconstructedSum.Label);
        var clock = Stopwatch.StartNew();
        PhaseMap map = merged ?? ZhangPhase.Compute(n, size, seed);
        double mapSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(merged is not null
            ? Invariant.Format($"map: {map.Cells.Count} cells (n = {n}) merged from shards; {Counts(map)}")
            : Invariant.Format($"map: {map.Cells.Count} cells (n = {n}, ≥ 2000 epochs × 4 paths a cell after burn-in) in {mapSeconds:F2} s = {map.Cells.Count / mapSeconds:F1} cells/s on {Environment.ProcessorCount} cores; {Counts(map)}"));
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

        string stem = Path.Combine(dir.FullName, Stem("zhang", n));
        using OutputSet set = OutputSet.Open(dir.FullName, "--out");
        FigureFiles.Add(set, Stem("zhang", n), PhaseSvg.Render(map, table.Where(p => p.Beta2Star is not null).Select(p => (p.Beta1, p.Beta2Star!.Value)).ToArray()), format, FigureFormatOption.Name);
        CsvSidecar.Add(set, Stem("zhang", n) + ".csv", PhaseCsv.Render(map), provenance, PhaseColumns(map));
        CsvSidecar.Add(set, Stem("zhang", n) + "-boundary.csv", "beta1,n,beta2_star,half_width_3se,drift,drift_se,note\n" + string.Concat(table.Select(p =>
            Invariant.Format($"{p.Beta1:R},{p.N},{(p.Beta2Star is { } b ? b.ToString("R", CultureInfo.InvariantCulture) : string.Empty)},{p.HalfWidth:R},{p.DriftAtRoot?.Mean.ToString("R", CultureInfo.InvariantCulture)},{p.DriftAtRoot?.StandardError.ToString("R", CultureInfo.InvariantCulture)},\"{p.Note}\"\n"))), provenance,
            [("beta1", "β1"), ("n", "components of the RECONSTRUCTED Zhang sum"), ("beta2_star", "β2*(β1, n), the root of the drift D (empty: no sign change; see note)"), ("half_width_3se", "half-width in β2 of the band |D| ≤ 3·SE around β2*"), ("drift", "D at β2*"), ("drift_se", "its standard error"), ("note", "why no root was found")]);
        set.Commit();
        output.WriteLine($"wrote {string.Join(", ", FigureFiles.Names(stem, format))}, {stem}.csv, {stem}-boundary.csv (each CSV with its {CsvSidecar.NameFor(string.Empty)} sidecar)");
        return ExitCodes.Success;
    }

    private static int Reddi(TextWriter output, int cMax, ReddiMap problem, PhaseGrid size, DirectoryInfo dir, Provenance provenance, FigureFormat format, PhaseMap? merged = null)
    {
        CheckCMax(cMax);
        var clock = Stopwatch.StartNew();
        PhaseMap map = merged ?? ReddiPhase.Compute(size, cMax, problem: problem);
        double seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(map.Title);
        output.WriteLine(merged is not null
            ? Invariant.Format($"map: {map.Cells.Count} cells (C = 3…{cMax}) merged from shards; {Counts(map)}")
            : Invariant.Format($"map: {map.Cells.Count} cells (C = 3…{cMax}) in {seconds:F2} s = {map.Cells.Count / seconds:F1} cells/s on {Environment.ProcessorCount} cores; {Counts(map)}"));
        output.WriteLine("boundary β2*(C): root of the exact stationary cycle drift (β1 = 0); Adam ends at +1 below it");
        output.WriteLine(problem == ReddiMap.PeriodThree ? "  C      β2*          Thm 1's 1/(1+C²)" : "  C      β2*");
        var markers = new List<(double, double)>();
        var rows = new System.Text.StringBuilder(problem == ReddiMap.PeriodThree ? "c,beta2_star,theorem1_beta2\n" : "c,beta2_star\n");
        foreach (int c in ReddiPhase.TablePeriods.Where(c => c <= cMax))
        {
            double? b = ReddiPhase.Threshold(problem, c);
            string star = b is { } v ? v.ToString("0.000000", CultureInfo.InvariantCulture) : "none";
            output.WriteLine(problem == ReddiMap.PeriodThree ? Invariant.Format($"  {c,-5}  {star,-11}  {1 / (1.0 + (c * c)):G4}") : Invariant.Format($"  {c,-5}  {star}"));
            string exact = b is { } r ? r.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
            rows.Append(problem == ReddiMap.PeriodThree ? Invariant.Format($"{c},{exact},{1 / (1.0 + (c * c)):R}\n") : Invariant.Format($"{c},{exact}\n"));
            if (b is { } found)
            {
                markers.Add((c, found));
            }
        }

        string name = Stem("reddi", 0, problem);
        string stem = Path.Combine(dir.FullName, name);
        using OutputSet set = OutputSet.Open(dir.FullName, "--out");
        FigureFiles.Add(set, name, PhaseSvg.Render(map, markers), format, FigureFormatOption.Name);
        CsvSidecar.Add(set, name + ".csv", PhaseCsv.Render(map), provenance, PhaseColumns(map));
        CsvSidecar.Add(set, name + "-boundary.csv", rows.ToString(), provenance, problem == ReddiMap.PeriodThree
            ? [("c", "C, the large gradient (period 3)"), ("beta2_star", "β2*(C), the root of the exact stationary cycle drift (empty: none)"), ("theorem1_beta2", "Theorem 1's choice 1/(1 + C²)")]
            : [("c", "C, the period and the large gradient"), ("beta2_star", "β2*(C), the root of the exact stationary cycle drift (empty: none)")]);
        set.Commit();
        output.WriteLine($"wrote {string.Join(", ", FigureFiles.Names(stem, format))}, {stem}.csv, {stem}-boundary.csv (each CSV with its {CsvSidecar.NameFor(string.Empty)} sidecar)");
        return ExitCodes.Success;
    }

    private static string Counts(PhaseMap map) => string.Join(", ", map.Counts().Select(kv => Invariant.Format($"{kv.Key} {kv.Value}")));
}
