using Adam.Verification.Theory.Objectives;

namespace Adam.Verification.Cli.Commands;

/// <summary>Command-line names of the objective families: F1..F7 or kebab-case names.</summary>
public static class FamilyNames
{
    private static readonly (string Short, string Long, ObjectiveFamily Family)[] Names =
    [
        ("F1", "quadratic", ObjectiveFamily.Quadratic),
        ("F2", "cauchy-sum", ObjectiveFamily.CauchySum),
        ("F3", "planted-cos", ObjectiveFamily.PlantedCos),
        ("F4", "double-well", ObjectiveFamily.DoubleWell),
        ("F5", "rastrigin-like", ObjectiveFamily.RastriginLike),
        ("F6", "cauchy-regression", ObjectiveFamily.CauchyRegression),
        ("F7", "pseudo-huber", ObjectiveFamily.PseudoHuber),
    ];

    /// <summary>The accepted names, for help texts.</summary>
    public static string Help => string.Join(", ", Names.Select(n => $"{n.Short}|{n.Long}"));

    /// <summary>The short names of the families whose objectives (drawn at dimension <paramref name="dimension"/>) satisfy <paramref name="keep"/>.</summary>
    public static IEnumerable<string> Where(Func<IObjective, bool> keep, int dimension) =>
        Names.Where(n => keep(ObjectiveGenerator.Draw(n.Family, new Theory.Randomness.SeededRandom(1), dimension))).Select(n => $"{n.Short}|{n.Long}");

    /// <summary>Parses a family name.</summary>
    /// <exception cref="ArgumentException">Unknown name (the message lists the valid ones).</exception>
    public static ObjectiveFamily Parse(string text)
    {
        foreach ((string s, string l, ObjectiveFamily f) in Names)
        {
            if (string.Equals(text, s, StringComparison.OrdinalIgnoreCase) || string.Equals(text, l, StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }

        throw new ArgumentException($"unknown family '{text}'; valid: {Help}.");
    }
}
