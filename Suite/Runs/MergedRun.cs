using Adam.Verification.Theory.Claims;

namespace Adam.Verification.Suite.Runs;

/// <summary>The run that shards combine into (<see cref="ShardMerge.Combine"/>).</summary>
/// <param name="Budget">The shards' budget.</param>
/// <param name="Seed">The shards' run seed.</param>
/// <param name="Results">One result per claim, in catalogue order.</param>
/// <param name="Missing">The catalogue's claims that no shard ran.</param>
/// <param name="Platforms">The platforms the shards ran on (more than one: the merge equals a single run only where their arithmetic agrees).</param>
public sealed record MergedRun(BudgetLevel Budget, ulong Seed, IReadOnlyList<ClaimResult> Results, IReadOnlyList<string> Missing, IReadOnlySet<string> Platforms);
