namespace Adam.Verification.Theory.Claims;

/// <summary>How a claim applies to network objectives (<see cref="NetworkApplicability"/>).</summary>
public enum NetworkUse
{
    /// <summary>Runs on generated networks with every hypothesis checked on each case (a <c>@networks</c> claim).</summary>
    Checked,

    /// <summary>
    /// Applies only with an estimated constant (K, γ): its network form (<c>ID@networks</c>, when its cases run) carries
    /// the qualifier "under estimated K" on every verdict; without a network form the reason says "no network cases run yet".
    /// </summary>
    Estimated,

    /// <summary>Its hypotheses can be checked on a network, but no network cases run yet.</summary>
    Pending,

    /// <summary>Cannot apply to a network; the reason says why.</summary>
    NotApplicable,
}
