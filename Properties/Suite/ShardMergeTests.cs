using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Properties.Suite;

/// <summary>The library's merge of shard files, called directly (the CLI's merge tests go through adamv).</summary>
public sealed class ShardMergeTests
{
    [Fact]
    public void Two_shards_combine_into_the_single_runs_results_in_catalogue_order_and_a_missing_shard_is_named()
    {
        string dir = Directory.CreateTempSubdirectory("adamv-shard-merge-").FullName;
        try
        {
            string[] ids = ["reddi-period3", "sign-ratio-bound", "smoothness-definition-as-printed"];
            IReadOnlyList<IClaim> chosen = [.. Catalogue.All().Where(c => ids.Contains(c.Id))];
            var settings = new ClaimRunSettings(BudgetLevel.Quick, 7);
            ClaimResult[] single = [.. chosen.Select(c => c.Check(settings))];
            string[] files = [Path.Combine(dir, "1.json"), Path.Combine(dir, "2.json")];
            for (int i = 1; i <= 2; i++)
            {
                VerifyJson.WriteAtomically(files[i - 1], [.. Shards.Slice(chosen, i, 2).Select(c => c.Check(settings))], BudgetLevel.Quick, [], $"{i}/2");
            }

            MergedRun run = ShardMerge.Combine(files);
            Assert.Equal(BudgetLevel.Quick, run.Budget);
            Assert.Equal(7UL, run.Seed);
            Assert.Equal(single.Select(r => (r.Id, r.Verdict, r.Cases)), run.Results.Select(r => (r.Id, r.Verdict, r.Cases)));
            Assert.Equal(Catalogue.All().Count - 3, run.Missing.Count);

            FormatException missing = Assert.Throws<FormatException>(() => ShardMerge.Combine([files[0]]));
            Assert.Contains("missing shards: 2/2", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
