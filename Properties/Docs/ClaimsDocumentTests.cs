using Adam.Verification.Cli;
using Adam.Verification.Empirical.Claims;
using Adam.Verification.Properties.Harness;
using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Docs;

/// <summary>
/// The claims are documented inside the repository: every catalogue id has a section of docs/claims.md, every
/// docs/claims.md#anchor the sources cite exists, and no shipped file cites a working document users never get.
/// </summary>
public sealed class ClaimsDocumentTests
{
    private static readonly string[] SourceKinds = ["*.cs", "*.md", "*.py", "*.sh", "*.props", "*.csproj"];

    [Fact]
    public void Every_catalogue_claim_has_a_section_in_docs_claims()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "claims.md"));
        foreach (string id in Catalogue.All().Select(c => c.Definition.BaseId).Distinct().Concat(ExperimentClaims.Ids).Append("networks"))
        {
            Assert.Contains($"\n## {id}\n", doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_networks_table_states_each_claims_own_decision()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "claims.md"));
        string section = doc[doc.IndexOf("\n## networks\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 5, StringComparison.Ordinal)];
        foreach (ClaimDefinition d in Catalogue.All().Select(c => c.Definition).Where(d => d.Objectives == ObjectiveKind.Analytic))
        {
            string row = $"| [{d.Id}](#{d.Id}) | {NetworkApplicability.Label(d.Networks!.Use)} | {d.Networks.Reason.Replace("|", "\\|", StringComparison.Ordinal)} |";
            Assert.Contains(row, section, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_cited_anchor_exists_and_no_file_cites_a_document_outside_the_repository()
    {
        string doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "claims.md"));
        var anchors = doc.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l.TrimStart('#').Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (string file in SourceFiles())
        {
            string text = File.ReadAllText(file);
            string name = Path.GetRelativePath(RepositoryRoot.Path, file);
            foreach (string outside in new[] { "CLAIMS" + ".md", "DESIGN" + ".md", "../shared", "shared/papers" })
            {
                Assert.False(text.Contains(outside, StringComparison.Ordinal), $"{name} cites '{outside}', which is not in the repository");
            }

            int at = 0;
            const string Link = "docs/claims.md#";
            while ((at = text.IndexOf(Link, at, StringComparison.Ordinal)) >= 0)
            {
                at += Link.Length;
                int end = at;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
                {
                    end++;
                }

                string anchor = text[at..end];
                Assert.True(anchor.Length == 0 || anchors.Contains(anchor), $"{name} links docs/claims.md#{anchor}, which has no section");
            }
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        SourceKinds.SelectMany(kind => Directory.EnumerateFiles(RepositoryRoot.Path, kind, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}.git{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("ClaimsDocumentTests.cs", StringComparison.Ordinal));
}
