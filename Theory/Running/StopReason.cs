namespace Adam.Verification.Theory.Running;

/// <summary>Why a run ended. Divergence and non-finite values are results, never exceptions.</summary>
public enum StopReason
{
    /// <summary>All budgeted steps were taken.</summary>
    Budget,

    /// <summary>‖∇f(x_t)‖ fell to the tolerance.</summary>
    Converged,

    /// <summary>‖x_t‖∞ exceeded the divergence radius.</summary>
    Diverged,

    /// <summary>A gradient, the loss or the iterate became NaN or ±∞.</summary>
    NonFinite,
}
