namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>How one statistical sub-check came out against its margin.</summary>
public enum SubCheckOutcome
{
    /// <summary>The whole confidence interval lies on the claimed side of the threshold.</summary>
    Passes,

    /// <summary>The whole confidence interval lies on the wrong side of the threshold.</summary>
    Fails,

    /// <summary>The interval contains the threshold: the sample cannot decide.</summary>
    Undecided,
}
