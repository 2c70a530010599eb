using Adam.Verification.Cli;
using Adam.Verification.Counterexamples.Phase;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// Phase-cell sharding for array jobs: the N shard files of `adamv phase --shard i/N` merge into the very files a
/// single run writes (byte for byte), and a merge with a missing or foreign shard fails with one line.
/// </summary>
public sealed class PhaseShardCliTests
{
    [Theory]
    [InlineData("zhang", "--n", "4", "zhang-n4", 3)]
    [InlineData("reddi", "--c-max", "12", "reddi", 4)]
    [InlineData("reddi", "--period", "3", "reddi-period3", 2)]
    public void Merged_shards_reproduce_the_single_run_files(string problem, string option, string value, string stem, int count)
    {
        using var scratch = ScratchDirectory.Create("adamv-phase-");
        string root = scratch.Path;
        string single = Path.Combine(root, "single"), shards = Path.Combine(root, "shards"), merged = Path.Combine(root, "merged");
        Assert.Equal(ExitCodes.Success, Adamv.Run("phase", "--problem", problem, option, value, "--grid", "7x5", "--out", single).Code);
        var files = new List<string>();
        for (int i = 1; i <= count; i++)
        {
            (int code, string output, string error) = Adamv.Run("phase", "--problem", problem, option, value, "--grid", "7x5", "--shard", $"{i}/{count}", "--out", shards);
            Assert.True(code == ExitCodes.Success, error);
            files.Add(Path.Combine(shards, $"{stem}.shard-{i}-of-{count}.json"));
            Assert.Equal(Enumerable.Range(0, 35).Count(k => k % count == i - 1), PhaseShardFile.Read(files[^1]).Cells.Count);
        }

        (int mergeCode, string mergeOut, string mergeError) = Adamv.Run(["phase", "--merge", .. files, "--out", merged]);
        Assert.True(mergeCode == ExitCodes.Success, mergeError);
        Assert.Contains("merged from shards", mergeOut, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(single, stem + ".csv")), File.ReadAllText(Path.Combine(merged, stem + ".csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(single, stem + ".svg")), File.ReadAllText(Path.Combine(merged, stem + ".svg")));

        // A missing shard, or the same shard twice, is refused with one line.
        (int code2, _, string error2) = Adamv.Run(["phase", "--merge", .. files.Skip(1), "--out", merged]);
        Assert.Equal(ExitCodes.BadArguments, code2);
        Assert.Contains($"missing shard(s) 1/{count} of the run in {files[1]}", Assert.Single(error2.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        (int code3, _, string error3) = Adamv.Run(["phase", "--merge", .. files, files[1], "--out", merged]);
        Assert.Equal(ExitCodes.BadArguments, code3);
        Assert.Contains($"{files[1]}: shard 2/{count} again (also in {files[1]})", Assert.Single(error3.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_shard_arguments_exit_2()
    {
        (int code, _, string error) = Adamv.Run("phase", "--problem", "reddi", "--shard", "5/4");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("5/4", error, StringComparison.Ordinal);
        (code, _, error) = Adamv.Run("phase", "--merge", "/nonexistent/shard.json");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("--merge: no such file", error, StringComparison.Ordinal);
    }
}
