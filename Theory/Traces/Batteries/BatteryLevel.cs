namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>How much a battery exercises: cost against power (<c>docs/conformance.md</c> lists the mutants each kills).</summary>
public enum BatteryLevel
{
    /// <summary>The single six-pattern fingerprint request (60 steps, d = 6).</summary>
    Quick,

    /// <summary>Six requests: non-default β and ε, λ = 0 and &gt; 0, α schedules, d = 33 over 2,000 steps, float32.</summary>
    Standard,

    /// <summary>Standard plus longer, wider and randomly configured requests.</summary>
    Thorough,
}
