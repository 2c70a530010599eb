namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A claim's own decision about network objectives, part of its <see cref="ClaimDefinition"/>: whether it runs on
/// generated networks and how, and why (shown by <c>adamv list</c> and the report).
/// </summary>
/// <param name="Use">Checked, estimated, pending or not applicable.</param>
/// <param name="Reason">How the claim applies (which hypotheses are checked, which constant is estimated) or why it cannot.</param>
public sealed record NetworkApplicability(NetworkUse Use, string Reason)
{
    /// <summary>The reason (at least a few words).</summary>
    public string Reason { get; } = !string.IsNullOrWhiteSpace(Reason) ? Reason : throw new ArgumentException("a network applicability states its reason.", nameof(Reason));

    /// <summary>"checked", "estimated", "pending" or "not applicable", with the reason.</summary>
    public override string ToString() => $"{Label(Use)}: {Reason}";

    /// <summary>The word for <paramref name="use"/> as tables print it.</summary>
    public static string Label(NetworkUse use) => use switch
    {
        NetworkUse.Checked => "checked",
        NetworkUse.Estimated => "estimated",
        NetworkUse.Pending => "pending",
        _ => "not applicable",
    };
}
