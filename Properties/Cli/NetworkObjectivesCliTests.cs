using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>
/// <c>verify --objectives</c>: networks runs the claims on networks, analytic the others, all both; <c>--claims</c> names
/// exact ids (ID, ID@networks), and one outside the objectives is refused with its network form or its reason for
/// having none; <c>adamv list</c> prints every claim's decision about networks.
/// </summary>
public sealed class NetworkObjectivesCliTests
{
    [Fact]
    public void Networks_runs_the_network_forms_and_an_id_names_one_form()
    {
        (int code, string output, string error) = Adamv.Run("verify", "--budget", "quick", "--objectives", "networks", "--claims", "sign-ratio-bound@networks");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("sign-ratio-bound@networks  Held", output, StringComparison.Ordinal);
        Assert.Contains("1 of 1 verdicts as expected", output, StringComparison.Ordinal);

        // ID is the analytic form alone (so a replay line replays one claim); both forms are two ids.
        (code, output, error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound", "--jobs", "1");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.Contains("1 of 1 verdicts as expected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("@networks", output, StringComparison.Ordinal);

        // No targeted search follows the network cases, and search refuses the network form.
        (code, output, error) = Adamv.Run("verify", "--budget", "quick", "--claims", "sign-ratio-bound@networks", "--json", "-");
        Assert.True(code == ExitCodes.Success, output + error);
        Assert.DoesNotContain("Targeted search", output, StringComparison.Ordinal);
        (code, _, error) = Adamv.Run("search", "--claim", "sign-ratio-bound@networks");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("defines no mutation", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("networks", "sign-ratio-bound-tight", "not applicable: tightness is attained on the extremal sequence")]
    [InlineData("networks", "sign-ratio-bound", "its network form is sign-ratio-bound@networks")]
    [InlineData("analytic", "sign-ratio-bound@networks", "runs on networks, but --objectives is analytic")]
    [InlineData("analytic", "deep-network-nonconvergence", "runs on networks, but --objectives is analytic")]
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
