using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Adam.Verification.Counterexamples.Phase;

/// <summary>
/// One shard's cells of a phase map, as written by <c>adamv phase --shard i/N</c> (format <c>adamv-phase-shard/1</c>):
/// <code>
/// {"format": "adamv-phase-shard/1", "problem": "zhang", "n": 10, "c_max": null, "grid": "40x40", "seed": 20260101,
///  "shard": "2/4", "cells": [{"column": 1, "row": 0, "x": …, "beta2": …, "drift": …, "standard_error": …,
///  "verdict": "Diverge", "method": "oracle"}, …]}
/// </code>
/// Doubles are written round-trip, so a merged map is identical to a single run's.
/// </summary>
public sealed record PhaseShardFile(string Problem, int? N, int? CMax, PhaseGrid Grid, ulong Seed, PhaseShard Shard, IReadOnlyList<PhaseCell> Cells)
{
    /// <summary>The format tag.</summary>
    public const string FormatTag = "adamv-phase-shard/1";

    /// <summary>The same run (problem, n, C max, grid, seed, N) as <paramref name="other"/>.</summary>
    public bool SameRun(PhaseShardFile other) =>
        other is not null && Problem == other.Problem && N == other.N && CMax == other.CMax && Grid == other.Grid && Seed == other.Seed && Shard.Count == other.Shard.Count;

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
            ["grid"] = Grid.ToString(),
            ["seed"] = Seed,
            ["shard"] = Shard.ToString(),
            ["cells"] = cells,
        };
        return root.ToJsonString();
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

        try
        {
            JsonObject root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new FormatException($"{path}: a phase shard is a JSON object.");
            if ((string?)root["format"] != FormatTag)
            {
                throw new FormatException($"{path}: format is '{(string?)root["format"]}', expected '{FormatTag}'.");
            }

            string shardText = (string?)root["shard"] ?? throw new FormatException($"{path}: missing 'shard'.");
            string[] parts = shardText.Split('/');
            var shard = new PhaseShard(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            JsonArray cells = root["cells"] as JsonArray ?? throw new FormatException($"{path}: missing array 'cells'.");
            var list = cells.Select((node, i) =>
            {
                JsonObject c = node as JsonObject ?? throw new FormatException($"{path}: cells[{i}] is not an object.");
                return new PhaseCell(
                    (int)c["column"]!, (int)c["row"]!, (double)c["x"]!, (double)c["beta2"]!, (double)c["drift"]!, (double)c["standard_error"]!,
                    Enum.Parse<CellVerdict>((string)c["verdict"]!), (string)c["method"]!);
            }).ToArray();
            return new PhaseShardFile(
                (string?)root["problem"] ?? throw new FormatException($"{path}: missing 'problem'."),
                (int?)root["n"],
                (int?)root["c_max"],
                PhaseGrid.Parse((string?)root["grid"] ?? throw new FormatException($"{path}: missing 'grid'.")),
                (ulong?)root["seed"] ?? throw new FormatException($"{path}: missing 'seed'."),
                shard,
                list);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NullReferenceException or ArgumentException or OverflowException or IndexOutOfRangeException)
        {
            throw new FormatException($"{path}: not a valid phase shard ({e.Message}).", e);
        }
    }
}
