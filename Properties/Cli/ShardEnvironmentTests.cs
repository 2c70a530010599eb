using System.Text.RegularExpressions;
using Adam.Verification.Cli;
using Adam.Verification.Cli.Commands;
using Adam.Verification.Properties.Harness;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// <c>--shard auto</c>: the index and count from a Slurm array or a Kubernetes Indexed Job, refused with one line when
/// the environment cannot say (no index, a non-contiguous array, a count that disagrees); the Kubernetes manifests
/// agree with themselves; shards run as Indexed Job pods would (JOB_COMPLETION_INDEX 0…N−1) merge into the single-run
/// report.
/// </summary>
public sealed partial class ShardEnvironmentTests : IDisposable
{
    private const string Subset = "sign-ratio-bound-tight,sign-ratio-unbounded-without-hypothesis,reddi-period3";
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-shard-env-").FullName;

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("auto", 3, 1, 4, 4, 3, 4)]
    [InlineData("auto", 12, 10, 13, 4, 3, 4)]
    [InlineData("auto/4", 1, 1, 4, 4, 1, 4)]
    public void A_slurm_array_gives_the_index_from_its_first_task(string text, int task, int min, int max, int count, int index, int shards)
    {
        var env = Env(("SLURM_ARRAY_TASK_ID", $"{task}"), ("SLURM_ARRAY_TASK_MIN", $"{min}"), ("SLURM_ARRAY_TASK_MAX", $"{max}"), ("SLURM_ARRAY_TASK_COUNT", $"{count}"), ("SLURM_ARRAY_TASK_STEP", "1"));
        Assert.Equal((index, shards), Shards.Parse(text, env));
    }

    [Fact]
    public void A_kubernetes_indexed_job_counts_from_zero_and_needs_the_completions()
    {
        Assert.Equal((1, 8), Shards.Parse("auto", Env(("JOB_COMPLETION_INDEX", "0"), ("ADAMV_SHARD_COUNT", "8"))));
        Assert.Equal((8, 8), Shards.Parse("auto/8", Env(("JOB_COMPLETION_INDEX", "7"))));
    }

    [Theory]
    [InlineData("auto", "no array index in the environment", new string[0])]
    [InlineData("auto", "not every index in between", new[] { "SLURM_ARRAY_TASK_ID=3", "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_MAX=7", "SLURM_ARRAY_TASK_COUNT=4", "SLURM_ARRAY_TASK_STEP=2" })]
    [InlineData("auto/3", "the Slurm array has 4 tasks (SLURM_ARRAY_TASK_COUNT), not 3", new[] { "SLURM_ARRAY_TASK_ID=3", "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_MAX=4", "SLURM_ARRAY_TASK_COUNT=4" })]
    [InlineData("auto", "SLURM_ARRAY_TASK_MIN is not", new[] { "SLURM_ARRAY_TASK_ID=3" })]
    [InlineData("auto", "pass --shard auto/N or set ADAMV_SHARD_COUNT", new[] { "JOB_COMPLETION_INDEX=2" })]
    [InlineData("auto", "is not below the 2 completions", new[] { "JOB_COMPLETION_INDEX=2", "ADAMV_SHARD_COUNT=2" })]
    [InlineData("auto", "JOB_COMPLETION_INDEX must be a whole number", new[] { "JOB_COMPLETION_INDEX=-1", "ADAMV_SHARD_COUNT=2" })]
    [InlineData("auto/0", "--shard auto/N must be a count from 1 to 10000", new[] { "JOB_COMPLETION_INDEX=0" })]
    [InlineData("auto/03", "--shard auto/N must be a count from 1 to 10000; got '03'", new[] { "JOB_COMPLETION_INDEX=0" })]
    [InlineData("auto/4", "ADAMV_SHARD_COUNT says the Job has 3 completions, not 4", new[] { "JOB_COMPLETION_INDEX=0", "ADAMV_SHARD_COUNT=3" })]
    public void An_environment_that_cannot_say_is_refused_with_the_reason(string text, string message, string[] variables)
    {
        var env = Env([.. variables.Select(v => (v.Split('=')[0], v.Split('=')[1]))]);
        var e = Assert.Throws<ArgumentException>(() => Shards.Parse(text, env));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_with_shard_auto_outside_an_array_exits_2_with_one_line()
    {
        if (Environment.GetEnvironmentVariable("SLURM_ARRAY_TASK_ID") is not null || Environment.GetEnvironmentVariable("JOB_COMPLETION_INDEX") is not null)
        {
            return; // this test process is itself an array task: the refusal cannot be provoked here
        }

        (int code, string text, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "reddi-period3", "--shard", "auto", "--json", Path.Combine(_dir, "x.json"));
        Assert.True(code == ExitCodes.BadArguments, text + error);
        Assert.Contains("--shard auto: no array index in the environment", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(File.Exists(Path.Combine(_dir, "x.json")));
    }

    [Fact]
    public void The_kubernetes_manifests_shard_with_auto_and_count_their_completions()
    {
        string folder = Path.Combine(RepositoryRoot.Path, "deploy", "kubernetes");
        foreach (string manifest in Directory.GetFiles(folder, "*-indexed-job.yaml"))
        {
            string text = File.ReadAllText(manifest);
            Assert.Contains("completionMode: Indexed", text, StringComparison.Ordinal);
            Assert.Contains("--shard auto", text, StringComparison.Ordinal);
            Match completions = Completions().Match(text), count = ShardCount().Match(text), parallelism = Parallelism().Match(text);
            Assert.True(completions.Success && count.Success && parallelism.Success, $"{manifest}: completions, ADAMV_SHARD_COUNT and parallelism must all be set");
            Assert.Equal(completions.Groups[1].Value, count.Groups[1].Value);
            Assert.Equal(completions.Groups[1].Value, parallelism.Groups[1].Value);
        }

        Assert.Equal(2, Directory.GetFiles(folder, "*-indexed-job.yaml").Length);
    }

    [Fact]
    public void Shards_run_as_indexed_job_pods_merge_into_the_single_run_report()
    {
        string single = Path.Combine(_dir, "single"), merged = Path.Combine(_dir, "merged"), adamv = Path.Combine(AppContext.BaseDirectory, "adamv.dll");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--report", single).Code);
        string[] files = [.. Enumerable.Range(0, 3).Select(k => Path.Combine(_dir, $"verify-shard-{k}.json"))];
        for (int k = 0; k < 3; k++)
        {
            string output = Pod(adamv, k, ["verify", "--budget", "quick", "--claims", Subset, "--by", "cases", "--shard", "auto", "--json", files[k]]);
            Assert.Contains($"cases k ≡ {k} mod 3", output, StringComparison.Ordinal);
        }

        (int code, string text, string err) = Adamv.Run(["merge", "--out", merged, .. files]);
        Assert.True(code == ExitCodes.Success, text + err);
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "index.html")), ReportPages.Comparable(Path.Combine(merged, "index.html")));
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "report.md")), ReportPages.Comparable(Path.Combine(merged, "report.md")));
    }

    private static string Pod(string adamv, int index, string[] arguments)
    {
        var environment = new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = $"{index}", ["ADAMV_SHARD_COUNT"] = "3", ["SLURM_ARRAY_TASK_ID"] = null };
        (int code, string output, string error) = ChildProcess.Run("dotnet", [adamv, .. arguments], null, environment, TimeSpan.FromMinutes(3));
        Assert.True(code == 0, output + error);
        return output;
    }

    [GeneratedRegex(@"\n  completions: (\d+)")]
    private static partial Regex Completions();

    [GeneratedRegex(@"name: ADAMV_SHARD_COUNT\s+value: ""(\d+)""")]
    private static partial Regex ShardCount();

    [GeneratedRegex(@"\n  parallelism: (\d+)")]
    private static partial Regex Parallelism();
}
