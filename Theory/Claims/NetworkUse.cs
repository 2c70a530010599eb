namespace Adam.Verification.Theory.Claims;

/// <summary>How a claim applies to network objectives (<see cref="NetworkApplicability"/>).</summary>
public enum NetworkUse
{
    /// <summary>Runs on generated networks with every hypothesis checked on each case (a <c>@networks</c> claim).</summary>
    Checked,

    /// <summary>Applies only with an estimated constant (K, γ): its network verdict would carry the qualifier "under estimated K".</summary>
    Estimated,

    /// <summary>Its hypotheses can be checked on a network, but no network cases run yet.</summary>
    Pending,

    /// <summary>Cannot apply to a network; the reason says why.</summary>
    NotApplicable,
}
