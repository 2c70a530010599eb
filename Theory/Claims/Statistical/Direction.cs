namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>Which side of its threshold a statistical sub-check's quantity must lie on for the claim to hold.</summary>
public enum Direction
{
    /// <summary>The quantity must be at most the threshold.</summary>
    AtMost,

    /// <summary>The quantity must be at least the threshold.</summary>
    AtLeast,
}
