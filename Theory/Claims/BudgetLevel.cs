namespace Adam.Verification.Theory.Claims;

/// <summary>
/// How hard to look. Each claim maps a level to its own case count and horizons (documented on the claim);
/// the defaults of <see cref="InstanceClaim{TInstance}.CasesFor"/> are 200 / 1,000 / 10,000 cases.
/// </summary>
public enum BudgetLevel
{
    /// <summary>Seconds: CI and the README's quick run.</summary>
    Quick,

    /// <summary>About a minute for the whole catalogue.</summary>
    Standard,

    /// <summary>Overnight-scale sweeps.</summary>
    Thorough,
}
