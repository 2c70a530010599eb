using System.Text.RegularExpressions;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.Search;

namespace Adam.Verification.Properties.Docs;

/// <summary>The README's conjecture example is this project's code, and it runs as written.</summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void The_readme_shows_exactly_the_compiled_example()
    {
        string root = RepositoryRoot.Path;
        string source = File.ReadAllText(Path.Combine(root, "Properties", "Docs", "AmsGradRatioConjecture.cs"));
        string example = Between(source, "// README-EXAMPLE-BEGIN\n", "// README-EXAMPLE-END");
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Match block = ReadmeBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```csharp block after '### Writing a conjecture'");
        Assert.Equal(Normalise(example), Normalise(block.Groups[1].Value));
    }

    [Fact]
    public void The_example_conjecture_holds_and_without_its_hypothesis_is_refuted()
    {
        var settings = new ClaimRunSettings(BudgetLevel.Quick, PropertySeeds.SuiteSeed());
        ClaimResult held = AmsGradRatioConjecture.Builder().Build().Check(settings);
        Assert.True(held.Verdict == Verdict.Held, held.Evidence);
        Assert.Equal(200, held.CasesMeetingHypotheses);

        // Planted: R without its 1/√(1−β2) factor — a first step alone reaches |m_1|/√v̂_1 = (1−β1)/√(1−β2).
        ClaimResult refuted = AmsGradRatioConjecture.Builder()
            .Observing(c => AmsGradRatioConjecture.LargestRatio(c) / ((1 - c.Beta1) / Math.Sqrt(1 - (c.Beta1 * c.Beta1 / c.Beta2))))
            .Build()
            .Check(settings);
        Assert.Equal(Verdict.Refuted, refuted.Verdict);
    }

    [Fact]
    public void The_example_conjecture_can_be_pushed_with_its_named_operators()
    {
        var settings = new SearchSettings(20_000, 1, StopAtViolation: false, Patience: 3_000, MinimumGain: 0);
        SearchResult push = AmsGradRatioConjecture.Builder().Build().Search(settings);
        Assert.Null(push.FirstViolationAt);
        Assert.InRange(push.BestObservable, 0.5, 1 + 1e-12);
        Assert.Equal(["one gradient scaled", "sign flipped", "gradient appended"], push.OperatorGains.Select(g => g.Operator));
        Assert.True(push.OperatorGains.Sum(g => g.Gains) > 0);

        // Planted: R without its 1/√(1−β2) factor; the same push crosses it.
        SearchResult crossed = AmsGradRatioConjecture.Builder()
            .Observing(c => AmsGradRatioConjecture.LargestRatio(c) / ((1 - c.Beta1) / Math.Sqrt(1 - (c.Beta1 * c.Beta1 / c.Beta2))))
            .Build()
            .Search(settings with { StopAtViolation = true });
        Assert.NotNull(crossed.FirstViolationAt);
    }

    private static string Between(string text, string begin, string end)
    {
        int i = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        return text[i..text.IndexOf(end, i, StringComparison.Ordinal)];
    }

    private static string Normalise(string text) => string.Join('\n', text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).Trim();

    [GeneratedRegex(@"### Writing a conjecture.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();
}
