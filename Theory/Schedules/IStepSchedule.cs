namespace Adam.Verification.Theory.Schedules;

/// <summary>A step-size schedule t ↦ α_t for t = 1, 2, … . Implementations are immutable records.</summary>
public interface IStepSchedule
{
    /// <summary>A short description with the parameters.</summary>
    string Describe();

    /// <summary>α_t for step t ≥ 1.</summary>
    double Alpha(long t);
}
