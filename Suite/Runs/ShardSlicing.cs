namespace Adam.Verification.Suite.Runs;

/// <summary>How <c>verify --shard i/N</c> divides the work (<c>--by</c>).</summary>
public enum ShardSlicing
{
    /// <summary>Whole claims: the claims at catalogue positions p with p mod N = i − 1.</summary>
    Claims,

    /// <summary>Cases: every instance claim runs its cases k with k mod N = i − 1; the other claims are sliced by position.</summary>
    Cases,
}
