using System.Text.Json;
using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// A mistyped verb or option gets "did you mean" with the closest name the command accepts (and nothing when no name
/// is close); <c>verify --json -</c> writes only JSON to stdout, the table to stderr, and no file named "-".
/// </summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData("verfy", "did you mean 'verify'?")]
    [InlineData("verify --budjet quick", "did you mean '--budget'?")]
    [InlineData("conform --torchsharp adam --varaint x", "did you mean '--variant'?")]
    [InlineData("fingerprint --battery-ot x.json", "did you mean '--battery-out'?")]
    [InlineData("mutants --sed 3", "did you mean '--seed'?")]
    [InlineData("verify --budjet=quick", "did you mean '--budget'?")]
    [InlineData("merge --ot x shard.json", "did you mean '--out'?")]
    [InlineData("search --claim sign-ratio-bound --budget 10", "did you mean '--evaluations'?")]
    [InlineData("search --claim sign-ratio-bound --out x.json", "did you mean '--counterexample-out'?")]
    [InlineData("lipschitz --family F2 --scale 2", "did you mean '--sampling-scale'?")]
    public void A_close_misspelling_is_named(string arguments, string suggestion)
    {
        (int code, _, string error) = Adamv.Run(arguments.Split(' '));
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains(suggestion, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_far_token_gets_no_suggestion()
    {
        (int code, _, string error) = Adamv.Run("xyzzy");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.DoesNotContain("did you mean", error, StringComparison.Ordinal);
        Assert.Equal(1, Suggestions.Distance("verfy", "verify"));
        Assert.Equal(1, Suggestions.Distance("--sede", "--seed"));
        Assert.Equal(3, Suggestions.Distance("kitten", "sitting"));
    }

    [Fact]
    public void Json_dash_writes_json_alone_to_stdout()
    {
        string before = Directory.GetCurrentDirectory();
        (int code, string output, string error) = Adamv.Run("verify", "--budget", "quick", "--claims", "reddi-period3,sign-ratio-bound-tight", "--json", "-");
        Assert.True(code == ExitCodes.Success, error);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());
        Assert.Contains("2 of 2 verdicts as expected", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(before, "-")));

        (int sweep, string sweepOutput, string sweepError) = Adamv.Run("verify", "--budget", "quick", "--claims", "reddi-period3", "--seeds", "2", "--json", "-");
        Assert.True(sweep == ExitCodes.Success, sweepError);
        using JsonDocument sweepDoc = JsonDocument.Parse(sweepOutput);
        Assert.Equal("adamv-seed-sweep/1", sweepDoc.RootElement.GetProperty("format").GetString());
    }
}
