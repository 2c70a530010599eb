namespace Adam.Verification.Theory.Claims;

/// <summary>A claim that can re-evaluate a saved instance (a counterexample or a search's best case) from its JSON.</summary>
public interface IReplayable
{
    /// <summary>
    /// Re-evaluates the instance. A JSON that does not describe an instance throws <see cref="System.Text.Json.JsonException"/>;
    /// one outside the instance's domain (<see cref="IValidInstance"/>) throws <see cref="ArgumentException"/>.
    /// </summary>
    /// <param name="instanceJson">The instance.</param>
    /// <param name="at">Where the instance sits in its file, as a JSON path (messages name fields under it).</param>
    ReplayOutcome Replay(string instanceJson, string at = "$");

    /// <summary>Parses the instance and checks its domain without evaluating it; throws as <see cref="Replay"/> does.</summary>
    void Validate(string instanceJson, string at = "$");

    /// <summary>The JSON of the instance that case <paramref name="caseSeed"/> generates.</summary>
    string InstanceJson(ulong caseSeed);
}
