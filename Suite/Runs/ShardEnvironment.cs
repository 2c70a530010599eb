using System.Globalization;

namespace Adam.Verification.Suite.Runs;

/// <summary>
/// <c>--shard auto</c> (or <c>auto/N</c>): the shard index and count from the array job running this process.
/// <list type="bullet">
/// <item>Slurm job arrays (<c>sbatch --array=a-b</c>): index = <c>SLURM_ARRAY_TASK_ID</c> − <c>SLURM_ARRAY_TASK_MIN</c> + 1,
/// count = <c>SLURM_ARRAY_TASK_COUNT</c>; the array must be contiguous (step 1, count = max − min + 1), so that the
/// shards cover every slice exactly once.</item>
/// <item>Kubernetes Indexed Jobs: index = <c>JOB_COMPLETION_INDEX</c> + 1 (it counts from 0); Kubernetes does not tell
/// a pod the number of completions, so the count comes from <c>auto/N</c> or <c>ADAMV_SHARD_COUNT</c>.</item>
/// </list>
/// With <c>auto/N</c> under Slurm, N must equal the array's count.
/// </summary>
public static class ShardEnvironment
{
    /// <summary>Whether <paramref name="text"/> asks for the environment's shard (<c>auto</c> or <c>auto/N</c>).</summary>
    public static bool IsAuto(string text) => text == "auto" || (text ?? string.Empty).StartsWith("auto/", StringComparison.Ordinal);

    /// <summary>Resolves <c>auto</c> or <c>auto/N</c> from <paramref name="environment"/> (a variable's value, or null when unset).</summary>
    /// <exception cref="ArgumentException">No array index in the environment, an inconsistent or non-contiguous array, or a bad N; the message names the variable or option.</exception>
    public static (int Index, int Count, string Source) Resolve(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        int? given = text == "auto" ? null : Positive(text["auto/".Length..], "--shard auto/N");
        if (environment("SLURM_ARRAY_TASK_ID") is { } id)
        {
            int task = Whole(id, "SLURM_ARRAY_TASK_ID"), min = Whole(Required(environment, "SLURM_ARRAY_TASK_MIN"), "SLURM_ARRAY_TASK_MIN");
            int max = Whole(Required(environment, "SLURM_ARRAY_TASK_MAX"), "SLURM_ARRAY_TASK_MAX"), count = Positive(Required(environment, "SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_COUNT");
            if (environment("SLURM_ARRAY_TASK_STEP") is { } step && step != "1" || max - min + 1 != count)
            {
                throw new ArgumentException($"--shard auto: the Slurm array {min}-{max} has {count} tasks, not every index in between; submit a contiguous array (--array={min}-{min + count - 1}) so the shards cover every slice once.");
            }

            if (task < min || task > max)
            {
                throw new ArgumentException($"--shard auto: SLURM_ARRAY_TASK_ID={task} lies outside the array {min}-{max}.");
            }

            if (given is int n && n != count)
            {
                throw new ArgumentException($"--shard auto/{n}: the Slurm array has {count} tasks (SLURM_ARRAY_TASK_COUNT), not {n}.");
            }

            return (task - min + 1, count, Invariant($"Slurm array task {task} of {min}-{max}"));
        }

        if (environment("JOB_COMPLETION_INDEX") is { } completion)
        {
            int index = Whole(completion, "JOB_COMPLETION_INDEX");
            int? declared = environment("ADAMV_SHARD_COUNT") is { } c ? Positive(c, "ADAMV_SHARD_COUNT") : null;
            if (given is int n && declared is int d && n != d)
            {
                throw new ArgumentException($"--shard auto/{n}: ADAMV_SHARD_COUNT says the Job has {d} completions, not {n}.");
            }

            int count = given ?? declared ?? throw new ArgumentException("--shard auto: JOB_COMPLETION_INDEX is set but the number of completions is not: pass --shard auto/N or set ADAMV_SHARD_COUNT to the Job's completions.");
            if (index >= count)
            {
                throw new ArgumentException($"--shard auto: JOB_COMPLETION_INDEX={index} is not below the {count} completions; the count does not match the Job's.");
            }

            return (index + 1, count, Invariant($"Kubernetes completion index {index} of {count}"));
        }

        throw new ArgumentException("--shard auto: no array index in the environment (SLURM_ARRAY_TASK_ID for a Slurm array, JOB_COMPLETION_INDEX for a Kubernetes Indexed Job); give --shard i/N.");
    }

    private static string Required(Func<string, string?> environment, string name) =>
        environment(name) ?? throw new ArgumentException($"--shard auto: SLURM_ARRAY_TASK_ID is set but {name} is not.");

    private static int Whole(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value <= 10_000_000 ? value : throw new ArgumentException($"--shard auto: {name} must be a whole number; got '{Theory.Traces.StrictJson.Clip(text)}'.");

    private static int Positive(string text, string name) =>
        !text.StartsWith('0') && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 10_000 ? value : throw new ArgumentException($"{(name.StartsWith("--", StringComparison.Ordinal) ? name : "--shard auto: " + name)} must be a count from 1 to 10000; got '{Theory.Traces.StrictJson.Clip(text)}'.");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
