namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>An objective that can write itself out as parameters (<see cref="ObjectiveSpec"/>).</summary>
public interface ISpecifiedObjective : IObjective
{
    /// <summary>The parameters; <see cref="ObjectiveSpec.Build"/> on them gives this objective back.</summary>
    ObjectiveSpec Spec { get; }
}
