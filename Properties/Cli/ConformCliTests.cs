using Adam.Verification.Properties.Harness;
using Adam.Verification.Cli;
using Adam.Verification.Theory.Traces;

namespace Adam.Verification.Properties.Cli;

/// <summary>adamv conform: agreement, the first mismatch, and malformed traces.</summary>
public sealed class ConformCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Adamv.Run(args);

    [Fact]
    public void A_start_near_the_largest_double_cannot_make_every_tolerance_infinite()
    {
        // The parameters after step 1 are about 1 while the reference moves from 9e307: the mean |reference| must not
        // overflow into an infinite tolerance under which anything agrees.
        string dir = Directory.CreateTempSubdirectory("adamv-huge-").FullName;
        string trace = BadInputCatalogueTests.Trace(dir, t => t["initial"] = new System.Text.Json.Nodes.JsonArray(9e307, 9e307, 9e307));
        (int code, string text, string error) = Run("conform", "--trace", trace);
        Assert.True(code == ExitCodes.Unexpected, $"{code}: {text} {error}");
        Assert.Contains("FIRST MISMATCH: step 1", text, StringComparison.Ordinal);
        (int fingerprint, string printed, _) = Run("fingerprint", "--trace", trace);
        Assert.True(fingerprint == ExitCodes.Unexpected, printed);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Conform_reports_agreement_the_first_mismatch_and_malformed_files()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"adamv-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var hyper = new TraceHyperparameters(0.001, 0.9, 0.999, 1e-8, 0, false, false);
        OptimizerTrace request = ReferenceTrace.Request(hyper, 3, 20, 5);
        string trace = Path.Combine(dir, "trace.json"), csv = Path.Combine(dir, "trace.csv");
        TraceJson.Write(trace, ReferenceTrace.Record(TraceVariant.Configure("kingma-ba", hyper), request, "reference", "kingma-ba"));

        (int ok, string agree, _) = Run("conform", "--trace", trace, "--csv", csv);
        Assert.Equal(ExitCodes.Success, ok);
        Assert.Contains("AGREES at every step", agree, StringComparison.Ordinal);
        Assert.Equal(1 + 60, File.ReadAllText(csv).TrimEnd().Split('\n').Length);
        Assert.EndsWith(",adamv_version,commit,date,platform,command_line,seed", File.ReadLines(csv).First(), StringComparison.Ordinal);
        Assert.Contains($",{RepositoryRoot.Commit},", File.ReadLines(csv).Last(), StringComparison.Ordinal);

        (int mismatch, string text, _) = Run("conform", "--trace", trace, "--variant", "reddi-adam");
        Assert.Equal(ExitCodes.Unexpected, mismatch);
        Assert.Contains("FIRST MISMATCH: step 1, coordinate", text, StringComparison.Ordinal);

        string requestFile = Path.Combine(dir, "request.json");
        TraceJson.Write(requestFile, request);
        (int notRecorded, _, string err) = Run("conform", "--trace", requestFile, "--variant", "kingma-ba");
        Assert.Equal(ExitCodes.BadArguments, notRecorded);
        Assert.Contains("replay request", err, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(dir, "broken.json"), File.ReadAllText(trace).Replace("\"t\":2,", "\"t\":7,", StringComparison.Ordinal));
        (int broken, _, string why) = Run("conform", "--trace", Path.Combine(dir, "broken.json"));
        Assert.Equal(ExitCodes.BadArguments, broken);
        Assert.Contains("steps[1].t is 7, expected 2", why, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadArguments, Run("conform", "--trace", trace, "--variant", "no-such-preset").Code);
        Directory.Delete(dir, recursive: true);
    }
}
