using Adam.Verification.Cli;
using Adam.Verification.Properties.Harness;
using Xunit.Abstractions;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// The Slurm scripts on a real Slurm: deploy/slurm/local-cluster.sh starts a single-node cluster under a temporary
/// folder, deploy/slurm/submit.sh submits a 3-task array of <c>adamv verify --shard auto</c> (and of <c>adamv phase</c>)
/// with the merge job after it, and the merged report (and map) equals a single run's.
/// </summary>
public sealed class SlurmTests(ITestOutputHelper log) : IDisposable
{
    private const string Subset = "sign-ratio-bound-tight,sign-ratio-unbounded-without-hypothesis,reddi-period3";
    private readonly string _dir = Directory.CreateTempSubdirectory("adamv-slurm-").FullName;
    private bool _started;

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_started)
        {
            Script("local-cluster.sh", [], "stop", Path.Combine(_dir, "cluster"));
        }

        Directory.Delete(_dir, recursive: true);
    }

    [SlurmFact]
    [Trait(Traits.Category, Traits.Slurm)]
    public void An_array_job_and_its_merge_job_reproduce_the_single_run_report_and_map()
    {
        Assert.True(SlurmFactAttribute.Available, "CI=true but Slurm cannot start here: .ci/run installs slurm-wlm and munge and runs as root.");
        string cluster = Path.Combine(_dir, "cluster");
        string started = Script("local-cluster.sh", [], "start", cluster, "2");
        _started = true;
        Assert.Contains("export SLURM_CONF=", started, StringComparison.Ordinal);
        string conf = Path.Combine(cluster, "slurm.conf");
        string adamv = $"dotnet {Path.Combine(AppContext.BaseDirectory, "adamv.dll")}";

        string single = Path.Combine(_dir, "single"), report = Path.Combine(_dir, "report");
        Assert.Equal(ExitCodes.Success, Adamv.Run("verify", "--budget", "quick", "--claims", Subset, "--report", single).Code);
        string submitted = Script("submit.sh", [("SLURM_CONF", conf), ("ADAMV", adamv), ("ADAMV_SHARDS", Path.Combine(_dir, "shards")), ("ADAMV_OUT", report), ("ADAMV_WAIT", "1")],
            "verify", "3", "--budget", "quick", "--claims", Subset, "--by", "cases");
        log.WriteLine(submitted);
        Assert.Contains("submitted array job", submitted, StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_dir, "shards"), "verify-shard-*.json").Length);
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "index.html")), ReportPages.Comparable(Path.Combine(report, "index.html")));
        Assert.Equal(ReportPages.Comparable(Path.Combine(single, "report.md")), ReportPages.Comparable(Path.Combine(report, "report.md")));

        string singleMap = Path.Combine(_dir, "single-map"), map = Path.Combine(_dir, "map");
        Assert.Equal(ExitCodes.Success, Adamv.Run("phase", "--problem", "zhang", "--n", "10", "--grid", "8x8", "--out", singleMap).Code);
        log.WriteLine(Script("submit.sh", [("SLURM_CONF", conf), ("ADAMV", adamv), ("ADAMV_SHARDS", Path.Combine(_dir, "phase-shards")), ("ADAMV_OUT", map), ("ADAMV_WAIT", "1")],
            "phase", "3", "--problem", "zhang", "--n", "10", "--grid", "8x8"));
        foreach (string file in Directory.GetFiles(singleMap))
        {
            string other = Path.Combine(map, Path.GetFileName(file));
            if (file.EndsWith(".provenance.json", StringComparison.Ordinal))
            {
                // A CSV's sidecar names the command and the date, which differ; what its columns mean does not.
                Assert.Equal(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!["columns"]!.ToJsonString(), System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(other))!["columns"]!.ToJsonString());
                continue;
            }

            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(other));
        }

        Assert.NotEmpty(Directory.GetFiles(singleMap, "*.svg"));
    }

    private string Script(string name, (string Name, string Value)[] environment, params string[] arguments)
    {
        (int code, string output, string error) = ChildProcess.Run(Path.Combine(RepositoryRoot.Path, "deploy", "slurm", name), arguments, _dir, environment.ToDictionary(e => e.Name, e => (string?)e.Value), TimeSpan.FromMinutes(5));
        Assert.True(code == 0, $"{name} {string.Join(' ', arguments)} exited {code}:\n{output}\n{error}\n{Logs()}");
        return output;
    }

    private string Logs() =>
        string.Join("\n", Directory.EnumerateFiles(_dir, "*.out", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(_dir, "*.log", SearchOption.AllDirectories))
            .Select(f => $"== {f}\n{string.Join("\n", File.ReadLines(f).TakeLast(15))}"));
}
