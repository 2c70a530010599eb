namespace Adam.Verification.Theory.Traces;

/// <summary>
/// A reference that <see cref="Conformance"/> runs in lock step with a recorded trace: it can be re-synchronised to
/// the candidate's state after any step and then take one step with the trace's gradient and α_t. Presets
/// (<see cref="PresetStepper"/>) and catalogue mutants (<c>Mutants.MutantAdam</c>) both implement it, so a trace is
/// compared with a mutant exactly as with a preset.
/// </summary>
public interface ITraceStepper
{
    /// <summary>m after the last step.</summary>
    ReadOnlySpan<double> M { get; }

    /// <summary>v after the last step.</summary>
    ReadOnlySpan<double> V { get; }

    /// <summary>v̂max after the last step (meaningful only when <see cref="KeepsMaximum"/>).</summary>
    ReadOnlySpan<double> VMax { get; }

    /// <summary>
    /// Per coordinate, the magnitude of the operands the last step combined into x: |x_{t−1}| + α_t·|u_t|·σ_m/|m_t| (plus
    /// α_t·λ·|x_{t−1}| for decoupled decay), σ_m as in <see cref="MScale"/>. A correct implementation in another order of
    /// operations differs from the reference by a few units of roundoff of this, not of |x_t|: when the terms cancel,
    /// |x_t| is small but the rounding error is not.
    /// </summary>
    ReadOnlySpan<double> ParameterScale { get; }

    /// <summary>Per coordinate, σ_m = β1·|m_{t−1}| + (1 − β1)·|g_t| (g_t with any coupled decay): the operands of m_t.</summary>
    ReadOnlySpan<double> MScale { get; }

    /// <summary>Per coordinate, β2·v_{t−1} + (1 − β2)·g_t²: the operands of v_t.</summary>
    ReadOnlySpan<double> VScale { get; }

    /// <summary>Whether the reference keeps an AMSGrad maximum (a trace's <c>vmax</c> is compared only then).</summary>
    bool KeepsMaximum { get; }

    /// <summary>Sets m, v, v̂max as they are after <paramref name="completedSteps"/> steps.</summary>
    void Synchronise(ReadOnlySpan<double> m, ReadOnlySpan<double> v, ReadOnlySpan<double> vMax, long completedSteps);

    /// <summary>Takes step <c>completedSteps + 1</c>: updates <paramref name="x"/> in place with gradient g and α_t = <paramref name="lr"/>.</summary>
    void Step(Span<double> x, ReadOnlySpan<double> gradient, double lr);
}
