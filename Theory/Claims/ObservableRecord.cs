namespace Adam.Verification.Theory.Claims;

/// <summary>A new running maximum of a slice's observable: at case <paramref name="Case"/> it rose to <paramref name="Observable"/>.</summary>
/// <param name="Case">The case index.</param>
/// <param name="Observable">The observable of that case.</param>
public sealed record ObservableRecord(int Case, double Observable);
