namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A claim's cases (instances, paths or replicates) at each <see cref="BudgetLevel"/>. Invariant: every count is at least 1.
/// </summary>
/// <param name="Quick">Cases at <see cref="BudgetLevel.Quick"/>.</param>
/// <param name="Standard">Cases at <see cref="BudgetLevel.Standard"/>.</param>
/// <param name="Thorough">Cases at <see cref="BudgetLevel.Thorough"/>.</param>
public sealed record CaseBudget(int Quick, int Standard, int Thorough)
{
    /// <summary>Cases at <see cref="BudgetLevel.Quick"/> (at least 1).</summary>
    public int Quick { get; } = Quick >= 1 ? Quick : throw new ArgumentOutOfRangeException(nameof(Quick), Quick, "a budget has at least 1 case.");

    /// <summary>Cases at <see cref="BudgetLevel.Standard"/> (at least 1).</summary>
    public int Standard { get; } = Standard >= 1 ? Standard : throw new ArgumentOutOfRangeException(nameof(Standard), Standard, "a budget has at least 1 case.");

    /// <summary>Cases at <see cref="BudgetLevel.Thorough"/> (at least 1).</summary>
    public int Thorough { get; } = Thorough >= 1 ? Thorough : throw new ArgumentOutOfRangeException(nameof(Thorough), Thorough, "a budget has at least 1 case.");

    /// <summary>The instance claims' default: 200 / 1,000 / 10,000 cases.</summary>
    public static CaseBudget Default { get; } = new(200, 1_000, 10_000);

    /// <summary>The budget a per-level rule gives.</summary>
    public static CaseBudget Of(Func<BudgetLevel, int> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new CaseBudget(rule(BudgetLevel.Quick), rule(BudgetLevel.Standard), rule(BudgetLevel.Thorough));
    }

    /// <summary>The cases at <paramref name="level"/>.</summary>
    public int For(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => Quick,
        BudgetLevel.Standard => Standard,
        _ => Thorough,
    };
}
