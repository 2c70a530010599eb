namespace Adam.Verification.Theory.Running;

/// <summary>Whether the run descends or ascends the objective.</summary>
public enum Goal
{
    /// <summary>Feed g_t to the optimizer (descent).</summary>
    Minimise,

    /// <summary>Feed −g_t to the optimizer (ascent on f).</summary>
    Maximise,
}
