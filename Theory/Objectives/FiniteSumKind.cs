namespace Adam.Verification.Theory.Objectives;

/// <summary>The finite-sum constructions of docs/claims.md#test-functions with controlled variance.</summary>
public enum FiniteSumKind
{
    /// <summary>F_i = s_i·F, mean(s) = 1: D0 = 0, D1 = Var(s) (strong growth; 2309.08339 Thm 2's sign agreement holds).</summary>
    Multiplicative,

    /// <summary>F_i = F + c_iᵀx, Σ c_i = 0: D1 = 0, D0 = mean ‖c_i‖².</summary>
    Additive,

    /// <summary>F_i = s_i·F + c_iᵀx with Σ c_i = 0 and Σ (s_i − 1)·c_i = 0: D1 = Var(s), D0 = mean ‖c_i‖².</summary>
    Both,
}
