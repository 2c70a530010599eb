using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Adam.Verification.Theory.Traces;
using static Adam.Verification.Theory.Traces.StrictJson;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// One shard's cells of a phase map, as written by <c>adamv phase --shard i/N</c> (format <c>adamv-phase-shard/1</c>):
/// <code>
/// {"format": "adamv-phase-shard/1", "problem": "zhang", "n": 10, "c_max": null, "period": null, "grid": "40x40", "seed": 20260101,
///  "shard": "2/4", "cells": [{"column": 1, "row": 0, "x": …, "beta2": …, "drift": …, "standard_error": …,
///  "verdict": "Diverge", "method": "oracle"}, …]}
/// </code>
/// Doubles are written round-trip, so a merged map is identical to a single run's. A Reddi shard's <c>period</c> is
/// "3" (Theorem 1's problem) or "C" (Theorem 2's; also what a Reddi shard without the field means).
/// </summary>
public sealed record PhaseShardFile(string Problem, int? N, int? CMax, PhaseGrid Grid, ulong Seed, PhaseShard Shard, IReadOnlyList<PhaseCell> Cells)
{
    /// <summary>The format tag.</summary>
    public const string FormatTag = "adamv-phase-shard/1";

    /// <summary>A Reddi shard's problem: "3" or "C" (null for Zhang).</summary>
    public string? Period { get; init; }

    /// <summary>The Reddi problem of this shard.</summary>
    public ReddiMap ReddiMap => Period == "3" ? ReddiMap.PeriodThree : ReddiMap.PeriodC;

    /// <summary>The same run (problem, period, n, C max, grid, N, and for Zhang the seed; Reddi maps use none) as <paramref name="other"/>.</summary>
    public bool SameRun(PhaseShardFile other) =>
        other is not null && Problem == other.Problem && Period == other.Period && N == other.N && CMax == other.CMax && Grid == other.Grid && (Problem == "reddi" || Seed == other.Seed) && Shard.Count == other.Shard.Count;

    /// <summary>JSON text.</summary>
    public string ToJson()
    {
        var cells = new JsonArray(Cells.Select(c => (JsonNode?)new JsonObject
        {
            ["column"] = c.Column,
            ["row"] = c.Row,
            ["x"] = c.X,
            ["beta2"] = c.Beta2,
            ["drift"] = c.Drift,
            ["standard_error"] = c.StandardError,
            ["verdict"] = c.Verdict.ToString(),
            ["method"] = c.Method,
        }).ToArray());
        var root = new JsonObject
        {
            ["format"] = FormatTag,
            ["problem"] = Problem,
            ["n"] = N,
            ["c_max"] = CMax,
            ["period"] = Period,
            ["grid"] = Grid.ToString(),
            ["seed"] = Seed,
            ["shard"] = Shard.ToString(),
            ["cells"] = cells,
        };
        return root.ToJsonString();
    }

    /// <summary>
    /// The semantic checks of a read shard: a known problem with its parameter, every cell inside the grid, in this shard
    /// (cell k = row·width + column with k mod N = i − 1), at most once, with finite values and at the coordinates the
    /// problem's grid puts it (so a shard relabelled from another problem is rejected).
    /// </summary>
    private void Validate(string path)
    {
        if (Problem is not ("zhang" or "reddi"))
        {
            throw new FormatException($"{path}: $.problem is '{Problem}', expected 'zhang' or 'reddi'.");
        }

        if ((Problem == "zhang") != N.HasValue || (Problem == "reddi") != CMax.HasValue)
        {
            throw new FormatException($"{path}: a {Problem} shard has {(Problem == "zhang" ? "'n' and no 'c_max'" : "'c_max' and no 'n'")}.");
        }

        if (Problem == "zhang" ? Period is not null : Period is not ("3" or "C"))
        {
            throw new FormatException($"{path}: $.period is '{Period}', expected {(Problem == "zhang" ? "null (a Zhang map has no period)" : "'3' or 'C'")}.");
        }

        if (N is < 2 or > 1000 || CMax is < 4 or > 10_000)
        {
            throw new FormatException($"{path}: {(N is not null ? $"$.n is {N}, expected 2…1000" : $"$.c_max is {CMax}, expected 4…10000")}.");
        }

        var seen = new HashSet<int>();
        for (int i = 0; i < Cells.Count; i++)
        {
            PhaseCell c = Cells[i];
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}: $.cells[{i}]");
            if (c.Column < 0 || c.Column >= Grid.Width || c.Row < 0 || c.Row >= Grid.Height)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}: (column {c.Column}, row {c.Row}) lies outside the {Grid} grid."));
            }

            int k = (c.Row * Grid.Width) + c.Column;
            if (!Shard.Includes(k) || !seen.Add(k))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}: cell {k} {(seen.Contains(k) && Shard.Includes(k) ? "appears twice" : $"does not belong to shard {Shard.Index}/{Shard.Count}")}."));
            }

            double x = Problem == "zhang" ? (c.Column + 0.5) / Grid.Width : ReddiPhase.ColumnPeriod(c.Column, Grid.Width, CMax!.Value);
            double beta2 = PhaseMap.RowBeta2(c.Row, Grid.Height, Problem == "zhang" ? ZhangPhase.MinGap : ReddiPhase.MinGap);
            if (Math.Abs(c.X - x) > 1e-12 * Math.Max(1, Math.Abs(x)) || Math.Abs(c.Beta2 - beta2) > 1e-12)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}: (x {c.X}, β2 {c.Beta2}) is not where a {Problem} grid puts (column {c.Column}, row {c.Row}): ({x}, {beta2})."));
            }

            if (!double.IsFinite(c.Drift) || !double.IsFinite(c.StandardError) || c.StandardError < 0)
            {
                throw new FormatException($"{at}: drift and standard_error must be finite (standard_error ≥ 0).");
            }

            string method = Problem == "reddi" && (ReddiMap == ReddiMap.PeriodThree || c.X == 3) ? "exact 3-cycle" : "oracle";
            if (c.Method != method)
            {
                throw new FormatException($"{at}.method is '{c.Method}', where this map computes the cell by '{method}'.");
            }

            double exact = c.Method == "exact 3-cycle" ? Reddi.ReddiCycleDrift.ThreeCycle(c.X, c.Beta2) : double.NaN;
            if (c.Method == "exact 3-cycle" && !(Math.Abs(c.Drift - exact) <= 1e-9 * Math.Max(1, Math.Abs(exact))))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.drift is {c.Drift}, but the exact 3-cycle drift at (C {c.X}, β2 {c.Beta2}) is {exact}."));
            }

            if (c.Method == "exact 3-cycle" && c.StandardError != 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.standard_error is {c.StandardError}; an exact 3-cycle drift has none (0)."));
            }

            if (CellVerdicts.Implied(c.Drift, c.StandardError, c.Method) is var implied && implied != c.Verdict)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{at}.verdict is {c.Verdict}, but drift {c.Drift} ± {c.StandardError} ({c.Method}) makes it {implied}."));
            }
        }

        int cellCount = Grid.Width * Grid.Height;
        int missing = Enumerable.Range(0, cellCount).Where(Shard.Includes).FirstOrDefault(k => !seen.Contains(k), -1);
        if (missing >= 0)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{path}: $.cells lacks cell (column {missing % Grid.Width}, row {missing / Grid.Width}): shard {Shard} of a {Grid} grid holds every cell k with k mod {Shard.Count} = {Shard.Index - 1}."));
        }
    }

    /// <summary>Reads a shard file; errors name the file and the field.</summary>
    /// <exception cref="FormatException">Malformed.</exception>
    public static PhaseShardFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FormatException($"{path}: no such phase shard file.");
        }

        JsonObject root = StrictJson.ReadFile(path) as JsonObject ?? throw new FormatException($"{path}: a phase shard is a JSON object.");
        string Text(JsonObject o, string field, string at) => o[field] is JsonValue v && v.TryGetValue(out string? t) ? t : throw new FormatException($"{at}.{field} is missing or not a string.");
        T Number<T>(JsonObject o, string field, string at) => o[field] is JsonValue v && v.TryGetValue(out T? x) && x is not null ? x : throw new FormatException($"{at}.{field} is missing or not a number of the right kind.");
        int? OptionalInt(string field) => root[field] is null ? null : Number<int>(root, field, path + ": $");
        if (Text(root, "format", path + ": $") != FormatTag)
        {
            throw new FormatException($"{path}: $.format is '{root["format"]}', expected '{FormatTag}'.");
        }

        string shardText = Text(root, "shard", path + ": $");
        string[] parts = shardText.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1 || count > 10_000 || index < 1 || index > count || shardText != string.Create(CultureInfo.InvariantCulture, $"{index}/{count}"))
        {
            throw new FormatException($"{path}: $.shard is '{Clip(shardText)}', expected i/N with 1 ≤ i ≤ N ≤ 10000, no leading zeros.");
        }

        PhaseGrid grid;
        try
        {
            grid = PhaseGrid.Parse(Text(root, "grid", path + ": $"));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: $.grid: {e.Message.Replace("--grid", "the grid", StringComparison.Ordinal)}", e);
        }

        JsonArray cells = root["cells"] as JsonArray ?? throw new FormatException($"{path}: $.cells is missing or not an array.");
        var list = cells.Select((node, i) =>
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}: $.cells[{i}]");
            JsonObject c = node as JsonObject ?? throw new FormatException($"{at} is not an object.");
            string method = Text(c, "method", at);
            if (method is not ("oracle" or "exact 3-cycle"))
            {
                throw new FormatException($"{at}.method is '{method}', expected 'oracle' or 'exact 3-cycle'.");
            }

            return new PhaseCell(
                Number<int>(c, "column", at), Number<int>(c, "row", at), Number<double>(c, "x", at), Number<double>(c, "beta2", at), Number<double>(c, "drift", at), Number<double>(c, "standard_error", at),
                StrictJson.EnumByName<CellVerdict>(Text(c, "verdict", at), $"{at}.verdict"), method);
        }).ToArray();
        string problem = Text(root, "problem", path + ": $");
        string? period = root["period"] is null ? (problem == "reddi" ? "C" : null) : Text(root, "period", path + ": $");
        var file = new PhaseShardFile(problem, OptionalInt("n"), OptionalInt("c_max"), grid, Number<ulong>(root, "seed", path + ": $"), new PhaseShard(index, count), list) { Period = period };
        file.Validate(path);
        return file;
    }
}
