using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A universal claim "for every instance meeting the hypotheses, the conclusion holds", checked on generated
/// instances. Case i of a run with seed S is generated from SeededRandom(DeriveSeed(S, i)). The first violation is
/// shrunk greedily (each accepted candidate must still meet the hypotheses and still violate the conclusion) and
/// reported as the counterexample. Verdict: Refuted on a violation; Held when none was found and at least
/// <see cref="MinimumMeetingHypotheses"/> cases met the hypotheses; Inconclusive otherwise.
/// </summary>
/// <typeparam name="TInstance">An immutable description of one case.</typeparam>
public abstract class InstanceClaim<TInstance> : IClaim, ISearchable, IReplayable
    where TInstance : notnull
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract Citation Citation { get; }

    /// <inheritdoc/>
    public abstract string Statement { get; }

    /// <inheritdoc/>
    public abstract string Hypotheses { get; }

    /// <inheritdoc/>
    public abstract string Variant { get; }

    /// <inheritdoc/>
    public abstract Verdict ExpectedVerdict { get; }

    /// <summary>The maximum number of accepted shrink steps.</summary>
    protected virtual int MaxShrinkSteps => 200;

    /// <summary>Draws one instance.</summary>
    public abstract TInstance Generate(SeededRandom random);

    /// <summary>Null when every hypothesis holds on <paramref name="instance"/>, else which one fails.</summary>
    public abstract string? UnmetHypothesis(TInstance instance);

    /// <summary>Evaluates the conclusion on an instance that meets the hypotheses.</summary>
    public abstract CaseOutcome Evaluate(TInstance instance);

    /// <summary>Simpler candidates derived from <paramref name="instance"/>, simplest first.</summary>
    public virtual IEnumerable<TInstance> Shrink(TInstance instance) => [];

    /// <summary>
    /// The start of targeted search and its random baseline (default: <see cref="Generate"/>). Claims whose catalogue
    /// generator includes hand-made extremal kinds override it with the generic kinds only, so that a search-versus-random
    /// comparison measures the search and not the generator.
    /// </summary>
    public virtual TInstance GenerateForSearch(SeededRandom random) => Generate(random);

    /// <summary>Whether mutation operators are defined, so that targeted search can climb this claim's observable.</summary>
    public bool CanSearch => MutationOperators.Count > 0;

    /// <summary>A random local change of an instance (targeted search): one of <see cref="MutationOperators"/>, drawn uniformly.</summary>
    public TInstance Mutate(TInstance instance, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        IReadOnlyList<MutationOperator<TInstance>> operators = MutationOperators;
        return operators[random.NextInt(operators.Count)].Apply(instance, random);
    }

    /// <summary>
    /// The named local changes targeted search chooses among (it learns which pay; <see cref="OperatorSelection"/>).
    /// Claims that support search override it; the default has none.
    /// </summary>
    public virtual IReadOnlyList<MutationOperator<TInstance>> MutationOperators => [];

    /// <inheritdoc/>
    public SearchResult Search(SearchSettings settings) => TargetedSearch.Run(this, settings);

    /// <inheritdoc/>
    public SearchResult RandomSearch(SearchSettings settings) => TargetedSearch.RandomBaseline(this, settings);

    /// <summary>The instance stated the way a paper would state it.</summary>
    public abstract string Describe(TInstance instance);

    /// <summary>The number of cases for a budget level (default 200 / 1,000 / 10,000).</summary>
    public virtual int CasesFor(BudgetLevel level) => level switch
    {
        BudgetLevel.Quick => 200,
        BudgetLevel.Standard => 1_000,
        _ => 10_000,
    };

    /// <summary>How many cases must meet the hypotheses for a Held verdict (default: a quarter, at least 1).</summary>
    public virtual int MinimumMeetingHypotheses(int cases) => Math.Max(1, cases / 4);

    /// <summary>The instance of case <paramref name="caseSeed"/>, as the run generated it.</summary>
    public TInstance Replay(ulong caseSeed) => Generate(new SeededRandom(caseSeed));

    /// <summary>The instance as JSON (enums by name).</summary>
    public string ToJson(TInstance instance) => JsonSerializer.Serialize(instance, JsonOptions);

    /// <summary>An instance from its JSON form.</summary>
    public TInstance FromJson(string json) =>
        JsonSerializer.Deserialize<TInstance>(json, JsonOptions) ?? throw new JsonException("the counterexample JSON is empty.");

    /// <inheritdoc/>
    public ReplayOutcome Replay(string instanceJson)
    {
        TInstance instance = FromJson(instanceJson);
        string? unmet = UnmetHypothesis(instance);
        return new ReplayOutcome(Describe(instance), unmet, unmet is null ? Evaluate(instance) : null);
    }

    /// <summary>Greedy shrinking of a violating instance; returns the smallest found and the number of accepted steps.</summary>
    public (TInstance Instance, CaseOutcome Outcome, int Steps) ShrinkViolation(TInstance instance, CaseOutcome outcome)
    {
        int steps = 0;
        bool improved = true;
        while (improved && steps < MaxShrinkSteps)
        {
            improved = false;
            foreach (TInstance candidate in Shrink(instance))
            {
                if (!TryEvaluateCandidate(candidate, out CaseOutcome o))
                {
                    continue;
                }

                if (!o.Holds)
                {
                    instance = candidate;
                    outcome = o;
                    steps++;
                    improved = true;
                    break;
                }
            }
        }

        return (instance, outcome, steps);
    }

    /// <summary>
    /// Evaluates a shrink candidate; false when it misses the hypotheses or is not a valid instance at all
    /// (a candidate whose options are rejected with <see cref="ArgumentException"/> is skipped, not fatal).
    /// </summary>
    private bool TryEvaluateCandidate(TInstance candidate, out CaseOutcome outcome)
    {
        outcome = new CaseOutcome(true, double.NaN, string.Empty);
        try
        {
            if (UnmetHypothesis(candidate) is not null)
            {
                return false;
            }

            outcome = Evaluate(candidate);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int cases = settings.CasesOverride ?? CasesFor(settings.Budget);
        int generated = 0, met = 0;
        double worst = double.NegativeInfinity;
        var unmet = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < cases && !settings.Cancellation.IsCancellationRequested; i++)
        {
            ulong caseSeed = SeededRandom.DeriveSeed(settings.Seed, (ulong)i);
            TInstance instance = Generate(new SeededRandom(caseSeed));
            generated++;
            string? why = UnmetHypothesis(instance);
            if (why is not null)
            {
                unmet[why] = unmet.GetValueOrDefault(why) + 1;
                settings.Progress?.Report(generated);
                continue;
            }

            met++;
            CaseOutcome outcome = Evaluate(instance);
            if (!double.IsNaN(outcome.Observable))
            {
                worst = Math.Max(worst, outcome.Observable);
            }

            if (!outcome.Holds)
            {
                (TInstance small, CaseOutcome smallOutcome, int steps) = ShrinkViolation(instance, outcome);
                var counterexample = new Counterexample(Describe(small), smallOutcome, caseSeed, steps, ToJson(small));
                string evidence = string.Create(CultureInfo.InvariantCulture, $"case {i} (case seed {caseSeed}) violated the conclusion: {outcome.Detail}. Shrunk in {steps} steps to: {counterexample.Description} — {smallOutcome.Detail}.");
                settings.Progress?.Report(generated);
                return Result(Verdict.Refuted, generated, met, settings.Seed, counterexample, clock, worst, evidence);
            }

            settings.Progress?.Report(generated);
        }

        int needed = MinimumMeetingHypotheses(cases);
        string unmetText = unmet.Count == 0 ? "none" : string.Join("; ", unmet.Select(kv => $"{kv.Value}× {kv.Key}"));
        if (met < needed)
        {
            return Result(Verdict.Inconclusive, generated, met, settings.Seed, null, clock, worst, string.Create(CultureInfo.InvariantCulture, $"only {met} of {generated} cases met the hypotheses (need {needed}); unmet: {unmetText}."));
        }

        string held = string.Create(CultureInfo.InvariantCulture, $"no violation in {met} cases meeting the hypotheses ({generated} generated); worst observable {FormatWorst(worst)} (the conclusion fails above 1); unmet hypotheses: {unmetText}.");
        return Result(Verdict.Held, generated, met, settings.Seed, null, clock, worst, held);
    }

    private static string FormatWorst(double worst) =>
        double.IsNegativeInfinity(worst) ? "n/a" : worst.ToString("R", CultureInfo.InvariantCulture);

    private ClaimResult Result(Verdict verdict, int generated, int met, ulong seed, Counterexample? counterexample, Stopwatch clock, double worst, string evidence) =>
        new(Id, Citation.ToString(), Statement, verdict, ExpectedVerdict, generated, met, seed, counterexample, clock.Elapsed.TotalSeconds, double.IsNegativeInfinity(worst) ? null : worst, evidence);
}
