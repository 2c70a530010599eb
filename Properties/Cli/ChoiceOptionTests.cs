namespace Adam.Verification.Properties.Cli;

/// <summary>Typed choice options: the help shows each default by the name the parser accepts, and completion offers exactly the names.</summary>
public sealed class ChoiceOptionTests
{
    [Fact]
    public void Help_shows_defaults_by_their_command_line_names()
    {
        (int code, string output, _) = Adamv.Run("verify", "--help");
        Assert.Equal(0, code);
        Assert.Contains("[default: standard]", output, StringComparison.Ordinal);
        Assert.Contains("[default: all]", output, StringComparison.Ordinal);
        Assert.Contains("[default: claims]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[default: Standard]", output, StringComparison.Ordinal);
        (int rate, string rateHelp, _) = Adamv.Run("rate", "--help");
        Assert.Equal(0, rate);
        Assert.Contains("[default: sign-like]", rateHelp, StringComparison.Ordinal);
        Assert.Contains("[default: l1-average]", rateHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void Completion_offers_exactly_the_names()
    {
        var option = global::Adam.Verification.Cli.Commands.ChoiceOption.Create("--budget", "levels", global::Adam.Verification.Cli.Commands.ChoiceOption.Of<global::Adam.Verification.Theory.Claims.BudgetLevel>(), global::Adam.Verification.Theory.Claims.BudgetLevel.Standard);
        string[] offered = [.. option.GetCompletions(System.CommandLine.Completions.CompletionContext.Empty).Select(c => c.Label)];
        Assert.Equal(["quick", "standard", "thorough"], offered.Order(StringComparer.Ordinal));
    }
}
