namespace Adam.Verification.Suite;

/// <summary>Something set for the duration of a command, undone when the scope is disposed.</summary>
/// <param name="restore">Undoes it (null: nothing to undo).</param>
public sealed class Scope(Action? restore) : IDisposable
{
    /// <summary>A scope that undoes nothing.</summary>
    public static Scope None { get; } = new(null);

    /// <inheritdoc/>
    public void Dispose() => restore?.Invoke();
}
