namespace Adam.Verification.Theory.Claims;

/// <summary>A claim that can re-evaluate a saved instance (a counterexample or a search's best case) from its JSON.</summary>
public interface IReplayable
{
    /// <summary>Re-evaluates the instance; a JSON that does not describe an instance throws <see cref="System.Text.Json.JsonException"/>.</summary>
    ReplayOutcome Replay(string instanceJson);
}
