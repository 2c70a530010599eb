using Adam.Verification.Cli.Reporting;

namespace Adam.Verification.Properties.Harness;

/// <summary>
/// Report pages as tests compare them: two runs that must agree (a single run and its merged shards, a serial and a
/// parallel run) agree on everything but the provenance line, which names each command and when it ran.
/// </summary>
public static class ReportPages
{
    /// <summary>The text of <paramref name="path"/> (index.html or report.md) with its provenance line removed; fails when it has none.</summary>
    public static string Comparable(string path)
    {
        string text = File.ReadAllText(path);
        int start = text.IndexOf(HtmlReport.ProvenanceStart, StringComparison.Ordinal);
        int end = text.IndexOf(HtmlReport.ProvenanceEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{path} has no provenance line");
        return text[..start] + text[(end + HtmlReport.ProvenanceEnd.Length)..];
    }
}
