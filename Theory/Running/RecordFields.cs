namespace Adam.Verification.Theory.Running;

/// <summary>Which per-step quantities a run records.</summary>
[Flags]
public enum RecordFields
{
    /// <summary>Nothing per step (summary only).</summary>
    None = 0,

    /// <summary>f(x_t).</summary>
    Loss = 1,

    /// <summary>‖∇f(x_t)‖₂ (the exact gradient, whatever the oracle).</summary>
    GradientNorm = 2,

    /// <summary>max_i |u_t,i|, the sign-like magnitude |m_t|/(√v_t+ε) after step t.</summary>
    SignRatio = 4,

    /// <summary>A copy of x_t.</summary>
    Iterate = 8,

    /// <summary>Everything.</summary>
    All = Loss | GradientNorm | SignRatio | Iterate,
}
