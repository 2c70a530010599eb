using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// <c>verify --objectives</c>: networks runs the network forms of the claims named (or of all that have one), analytic
/// the analytic forms, all both; a claim with no network form is refused with its own reason, and <c>adamv list</c>
/// prints every claim's decision about networks.
/// </summary>
public sealed class NetworkObjectivesCliTests
{
    [Fact]
    public void Networks_runs_the_network_form_alone_and_all_runs_both()
    {
        (int code, string output, string error) = Adamv.Run("verify", "--budget", "quick", "--objectives", "networks", "--claims", "sign-ratio-bound");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("sign-ratio-bound@networks  Held", output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 verdicts as expected", output, StringComparison.Ordinal);

        (code, output, error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound", "--jobs", "1");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("2 of 2 verdicts as expected", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("sign-ratio-bound  ", StringComparison.Ordinal) < output.IndexOf("sign-ratio-bound@networks", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("networks", "sign-ratio-bound-tight", "not applicable: tightness is attained on the extremal sequence")]
    [InlineData("analytic", "sign-ratio-bound@networks", "runs on networks, but --objectives is analytic")]
    [InlineData("everything", "sign-ratio-bound", "--objectives")]
    public void A_claim_without_a_form_on_the_objectives_is_refused_with_the_reason(string objectives, string claims, string message)
    {
        (int code, string output, string error) = Adamv.Run("verify", "--budget", "quick", "--objectives", objectives, "--claims", claims);
        Assert.True(code == ExitCodes.BadArguments, output + error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void List_prints_each_claims_decision_about_networks()
    {
        (int code, string output, _) = Adamv.Run("list");
        Assert.Equal(ExitCodes.Success, code);
        int analytic = Catalogue.All(ObjectiveSelection.Analytic).Count;
        Assert.Equal(analytic, output.Split('\n').Count(l => l.StartsWith("  networks:   ", StringComparison.Ordinal)));
        Assert.Contains("  networks:   checked: sign-ratio-bound@networks", output, StringComparison.Ordinal);
        Assert.Equal(Catalogue.All(ObjectiveSelection.Networks).Count, output.Split('\n').Count(l => l.StartsWith("  objectives: generated small networks", StringComparison.Ordinal)));
    }
}
