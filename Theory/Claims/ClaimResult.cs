namespace Adam.Verification.Theory.Claims;

/// <summary>The verdict of one claim with its evidence; serialised one-to-one into `adamv verify --json`.</summary>
/// <param name="Id">The claim's id.</param>
/// <param name="Citation">The citation as text.</param>
/// <param name="Statement">The statement checked.</param>
/// <param name="Verdict">What the run found.</param>
/// <param name="ExpectedVerdict">What the literature or our analysis predicts.</param>
/// <param name="Cases">Cases generated.</param>
/// <param name="CasesMeetingHypotheses">Cases whose hypotheses held (the only ones whose conclusion was evaluated).</param>
/// <param name="Seed">The run seed that reproduces this result.</param>
/// <param name="Counterexample">The shrunk counterexample when refuted, else null.</param>
/// <param name="Seconds">Wall-clock time of the check.</param>
/// <param name="WorstObservable">The largest observable seen over the evaluated cases (≤ 1 means within the bound).</param>
/// <param name="Evidence">A one-paragraph account of what was checked and found.</param>
public sealed record ClaimResult(
    string Id,
    string Citation,
    string Statement,
    Verdict Verdict,
    Verdict ExpectedVerdict,
    int Cases,
    int CasesMeetingHypotheses,
    ulong Seed,
    Counterexample? Counterexample,
    double Seconds,
    double? WorstObservable,
    string Evidence)
{
    /// <summary>
    /// For an instance claim, the cases meeting the hypotheses whose conclusion was not already true before the system
    /// under test acted (the cases that give the verdict its power); null for a statistical claim.
    /// </summary>
    public int? NonTrivialCases { get; init; }

    /// <summary>The hypotheses of the claim checked (from its definition).</summary>
    public string Hypotheses { get; init; } = string.Empty;

    /// <summary>The Adam variant(s) of the claim checked (from its definition).</summary>
    public string Variant { get; init; } = string.Empty;

    /// <summary>The names of the registry presets the claim runs, comma-separated (from its definition).</summary>
    public string Presets { get; init; } = string.Empty;

    /// <summary>The qualifier the verdict carries (from its definition, e.g. "under estimated K"), or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The planted fault the claim ran under, or null for the claim itself.</summary>
    public string? Fault { get; init; }

    /// <summary>A result of the claim <paramref name="definition"/> defines (its id, citation, statement, expected verdict, hypotheses, variant and fault).</summary>
    public static ClaimResult For(ClaimDefinition definition, Verdict verdict, int cases, int casesMeetingHypotheses, ulong seed, Counterexample? counterexample, double seconds, double? worstObservable, string evidence)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new ClaimResult(definition.Id, definition.Citation.ToString(), definition.Statement, verdict, definition.ExpectedVerdict, cases, casesMeetingHypotheses, seed, counterexample, seconds, worstObservable, evidence)
        {
            Hypotheses = definition.Hypotheses,
            Variant = definition.Variant,
            Presets = string.Join(", ", definition.Presets.Select(p => p.Name)),
            Fault = definition.Fault,
            Qualifier = definition.Qualifier,
        };
    }

    /// <summary>The verdict with its qualifier, e.g. "Held (under estimated K)"; the verdict alone when it has none.</summary>
    public string QualifiedVerdict => Qualifier is null ? Verdict.ToString() : $"{Verdict} ({Qualifier})";

    /// <summary>True when the verdict equals the expected verdict.</summary>
    public bool AsExpected => Verdict == ExpectedVerdict;
}
