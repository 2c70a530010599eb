using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Claims.Statistical;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims;

/// <summary>
/// A universal claim "for every instance meeting the hypotheses, the conclusion holds", checked on generated
/// instances. Case i of a run with seed S is generated from SeededRandom(DeriveSeed(S, i)). The first violation is
/// shrunk greedily (each accepted candidate must still meet the hypotheses and still violate the conclusion) and
/// reported as the counterexample. When the random cases find no violation and the claim defines mutation operators,
/// the claim's targeted search (<see cref="SearchEvaluations"/> evaluations, seeded from the run seed) looks next, so a
/// refutation is found with probability ≥ 1 − 10⁻⁴ per run even where random violations are rare; the evidence says
/// which of the two found it. Verdict: Refuted on a violation; Held when none was found and at least
/// <see cref="MinimumMeetingHypotheses"/> cases met the hypotheses; Inconclusive otherwise. A Held verdict states its
/// power: the violation rate p = 1 − 0.05^{1/n} it would have detected with 95% probability over the n non-trivial
/// cases (cases whose conclusion holds before the system under test acts are counted apart as trivial).
/// </summary>
/// <typeparam name="TInstance">An immutable description of one case.</typeparam>
public abstract class InstanceClaim<TInstance> : IClaim, ISearchable, IReplayable, ICaseSliceable
    where TInstance : notnull
{
    /// <summary>
    /// How instances are written and read. The resolver is given explicitly, so that instances serialise in hosts that
    /// switch reflection-based JSON off by default (a .NET 10 file-based app, <c>dotnet run conj.cs</c>).
    /// </summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        WriteIndented = false,
        Converters = { new ExactEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowOutOfOrderMetadataProperties = true,
    };

    /// <inheritdoc/>
    public abstract ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public string Id => Definition.Id;

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <inheritdoc/>
    public abstract IReadOnlyList<PlantedFault> PlantedFaults { get; }

    /// <summary>
    /// Targeted-search evaluations that follow the random cases when they found no violation (default: as many as the
    /// cases; 0 when the claim defines no mutation operators).
    /// </summary>
    public virtual int SearchEvaluations(int cases) => CanSearch ? cases : 0;

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
    /// The start of targeted search and its random baseline (default: <see cref="Generate"/>). Claims override it so that
    /// a search-versus-random comparison measures the search and not the generator: without the catalogue generator's
    /// hand-made extremal kinds, and in the region where the question is hard (sign-ratio-unbounded just past
    /// β1² = β2; sign-ratio-bound where R is reached only as t → ∞). Each override documents its region.
    /// </summary>
    public virtual TInstance GenerateForSearch(SeededRandom random) => Generate(random);

    /// <summary>Whether mutation operators are defined, so that targeted search can climb this claim's observable.</summary>
    public bool CanSearch => MutationOperators.Count > 0;

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

    /// <summary>The number of cases for a budget level (<see cref="ClaimDefinition.Cases"/>).</summary>
    public int CasesFor(BudgetLevel level) => Definition.Cases.For(level);

    /// <summary>How many cases must meet the hypotheses for a Held verdict (default: a quarter, at least 1).</summary>
    public virtual int MinimumMeetingHypotheses(int cases) => Math.Max(1, cases / 4);

    /// <summary>The instance of case <paramref name="caseSeed"/>, as the run generated it.</summary>
    public TInstance Replay(ulong caseSeed) => Generate(new SeededRandom(caseSeed));

    /// <summary>The instance as JSON (enums by name), in its explicit form when it has one (<see cref="IExplicitInstance{TInstance}"/>).</summary>
    public string ToJson(TInstance instance) => JsonSerializer.Serialize(instance is IExplicitInstance<TInstance> e ? e.Explicit() : instance, JsonOptions);

    /// <summary>An instance from its JSON form.</summary>
    /// <exception cref="JsonException">The JSON is not an instance of this claim; the message gives the JSON path and the fields an instance has.</exception>
    public TInstance FromJson(string json, string at = "$")
    {
        try
        {
            return JsonSerializer.Deserialize<TInstance>(json, JsonOptions) ?? throw new JsonException("the counterexample JSON is empty.");
        }
        catch (JsonException e) when (e.Path is not null)
        {
            string fields = string.Join(", ", typeof(TInstance).GetProperties().Select(p => p.Name));
            const string Missing = "missing required properties including: ";
            int m = e.Message.IndexOf(Missing, StringComparison.Ordinal);
            string missing = m >= 0 ? $"; missing {e.Message[(m + Missing.Length)..].TrimEnd('.')}" : string.Empty;
            string objective = e.Path.Contains(".ObjectiveParameters", StringComparison.Ordinal) ? "; an objective's members are listed in docs/instances.md#objectives" : string.Empty;
            throw new JsonException($"the value at {at}{e.Path[1..]} does not fit an instance of '{Id}' (its fields: {fields}; enums by name{missing}{objective})", e);
        }
        catch (NotSupportedException e) when (e.Message.Contains("type discriminator", StringComparison.Ordinal))
        {
            // A polymorphic member (an objective's parameters) without its "Family".
            const string PathMark = "Path: $";
            int p = e.Message.IndexOf(PathMark, StringComparison.Ordinal);
            string path = p >= 0 ? e.Message[(p + PathMark.Length)..].Split(' ')[0] : string.Empty;
            throw new JsonException($"the value at {at}{path} needs a \"Family\" member naming its family ({string.Join(", ", Enum.GetNames<Objectives.ObjectiveFamily>())}); docs/instances.md#objectives", e);
        }
    }

    /// <inheritdoc/>
    public void Validate(string instanceJson, string at = "$") => (FromJson(instanceJson, at) as IValidInstance)?.Validate();

    /// <inheritdoc/>
    public string InstanceJson(ulong caseSeed) => ToJson(Replay(caseSeed));

    /// <inheritdoc/>
    public ReplayOutcome Replay(string instanceJson, string at = "$")
    {
        TInstance instance = FromJson(instanceJson, at);
        (instance as IValidInstance)?.Validate();
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
    public ClaimResult Check(ClaimRunSettings settings) => MergeSlices([CheckSlice(settings, 1, 1)]);

    /// <inheritdoc/>
    public CaseSlice CheckSlice(ClaimRunSettings settings, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (count < 1 || index < 1 || index > count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"slice {index}/{count} is not i/N with 1 ≤ i ≤ N.");
        }

        var clock = Stopwatch.StartNew();
        int cases = settings.CasesOverride ?? CasesFor(settings.Budget);
        int generated = 0, reached = -1;
        double worst = double.NegativeInfinity;
        var unmet = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var records = new List<ObservableRecord>();
        var trivial = new List<int>();
        SliceViolation? violation = null;
        for (int i = index - 1; i < cases && violation is null && !settings.Cancellation.IsCancellationRequested; i += count)
        {
            reached = i;
            ulong caseSeed = SeededRandom.DeriveSeed(settings.Seed, (ulong)i);
            TInstance instance = Generate(new SeededRandom(caseSeed));
            generated++;
            string? why = UnmetHypothesis(instance);
            if (why is not null)
            {
                if (!unmet.TryGetValue(why, out List<int>? list))
                {
                    unmet[why] = list = [];
                }

                list.Add(i);
            }
            else
            {
                CaseOutcome outcome = Evaluate(instance);
                if (outcome.Trivial)
                {
                    trivial.Add(i);
                }

                if (outcome.Observable > worst)
                {
                    worst = outcome.Observable;
                    records.Add(new ObservableRecord(i, worst));
                }

                if (!outcome.Holds)
                {
                    (TInstance small, CaseOutcome smallOutcome, int steps) = ShrinkViolation(instance, outcome);
                    violation = new SliceViolation(i, outcome.Detail, new Counterexample(Describe(small), smallOutcome, caseSeed, steps, ToJson(small)));
                }
            }

            settings.Progress?.Report(generated);
        }

        return new CaseSlice(Id, index, count, cases, settings.Seed, unmet.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), records, violation, reached, clock.Elapsed.TotalSeconds)
        {
            TrivialCases = [.. trivial],
        };
    }

    /// <inheritdoc/>
    public ClaimResult MergeSlices(IReadOnlyList<CaseSlice> slices)
    {
        ArgumentNullException.ThrowIfNull(slices);
        if (slices.Count == 0 || slices.Any(s => s.ClaimId != Id || s.Count != slices[0].Count || s.Cases != slices[0].Cases || s.Seed != slices[0].Seed))
        {
            throw new ArgumentException($"claim '{Id}': the slices are not of one run of this claim (got {string.Join(", ", slices.Select(s => $"{s.ClaimId} {s.Index}/{s.Count}, {s.Cases} cases, seed {s.Seed}"))}).", nameof(slices));
        }

        int[] missing = [.. Enumerable.Range(1, slices[0].Count).Except(slices.Select(s => s.Index))];
        if (missing.Length > 0 || slices.Count != slices[0].Count)
        {
            throw new ArgumentException($"claim '{Id}': case slices {string.Join(", ", missing)} of {slices[0].Count} are missing, or a slice is given twice.", nameof(slices));
        }

        int cases = slices[0].Cases;
        ulong seed = slices[0].Seed;
        double seconds = slices.Sum(s => s.Seconds);
        SliceViolation? first = slices.Select(s => s.Violation).Where(v => v is not null).MinBy(v => v!.Case);
        int limit = first?.Case ?? int.MaxValue;
        int generated = slices.Sum(s => s.CasesUpTo(limit));
        var unmet = slices
            .SelectMany(s => s.Unmet.Select(kv => (Reason: kv.Key, Indices: kv.Value.Where(k => k <= limit).ToArray())))
            .GroupBy(u => u.Reason, StringComparer.Ordinal)
            .Select(g => (Reason: g.Key, First: g.SelectMany(u => u.Indices).DefaultIfEmpty(int.MaxValue).Min(), Count: g.Sum(u => u.Indices.Length)))
            .Where(u => u.Count > 0)
            .OrderBy(u => u.First)
            .ToArray();
        int met = generated - unmet.Sum(u => u.Count);
        int trivialCount = slices.Sum(s => (s.TrivialCases ?? []).Count(k => k <= limit));
        double worst = slices.Select(s => s.Records.LastOrDefault(r => r.Case <= limit)?.Observable ?? double.NegativeInfinity).DefaultIfEmpty(double.NegativeInfinity).Max();
        if (first is not null)
        {
            Counterexample c = first.Counterexample;
            string evidence = string.Create(CultureInfo.InvariantCulture, $"case {first.Case} (case seed {c.CaseSeed}) violated the conclusion: {first.Detail}. Shrunk in {c.ShrinkSteps} steps to: {c.Description} — {c.Outcome.Detail}.");
            return Result(Verdict.Refuted, generated, met, met - trivialCount, seed, c, seconds, worst, evidence);
        }

        int evaluations = SearchEvaluations(cases);
        string searched = string.Empty;
        if (evaluations > 0)
        {
            var clock = Stopwatch.StartNew();
            SearchResult search = Search(new SearchSettings(evaluations, SeededRandom.DeriveSeed(seed, SearchStream)));
            seconds += clock.Elapsed.TotalSeconds;
            worst = Math.Max(worst, search.BestObservable);
            if (search.FirstViolationAt is int at)
            {
                TInstance found = FromJson(search.BestJson);
                var c = new Counterexample(search.BestDescription, Evaluate(found), SeededRandom.DeriveSeed(seed, SearchStream), 0, search.BestJson);
                string evidence = string.Create(CultureInfo.InvariantCulture, $"the {generated} random cases found no violation; targeted search found one at evaluation {at} of {evaluations} (search seed {c.CaseSeed}; `adamv search --claim {Id} --seed {c.CaseSeed} --evaluations {evaluations}` replays it), shrunk to: {c.Description} — {c.Outcome.Detail}.");
                return Result(Verdict.Refuted, generated, met, met - trivialCount, seed, c, seconds, worst, evidence);
            }

            searched = string.Create(CultureInfo.InvariantCulture, $" Targeted search: no violation in {search.Evaluations} evaluations (best observable {FormatWorst(search.BestObservable)}).");
        }

        int needed = MinimumMeetingHypotheses(cases);
        string unmetText = unmet.Length == 0 ? "none" : string.Join("; ", unmet.Select(u => $"{u.Count}× {u.Reason}"));
        if (met < needed)
        {
            return Result(Verdict.Inconclusive, generated, met, met - trivialCount, seed, null, seconds, worst, string.Create(CultureInfo.InvariantCulture, $"only {met} of {generated} cases met the hypotheses (need {needed}); unmet: {unmetText}.{searched}"));
        }

        int nonTrivial = met - trivialCount;
        string held = string.Create(CultureInfo.InvariantCulture, $"no violation in {met} cases meeting the hypotheses ({generated} generated; {nonTrivial} non-trivial, {trivialCount} trivial); worst observable {FormatWorst(worst)} (the conclusion fails above 1, compared with a relative tolerance of 1e-9); unmet hypotheses: {unmetText}. Power: a violation rate of {ErrorControl.DetectableRate(nonTrivial):G3} or more among non-trivial cases would have been detected with 95% probability (1 − 0.05^(1/{nonTrivial})).{searched}");
        return Result(Verdict.Held, generated, met, nonTrivial, seed, null, seconds, worst, held);
    }

    /// <summary>The stream (derived from the run seed) that seeds the search phase.</summary>
    private const ulong SearchStream = 0x5EA4C4UL;

    private static string FormatWorst(double worst) =>
        double.IsNegativeInfinity(worst) ? "n/a" : worst.ToString("R", CultureInfo.InvariantCulture);

    private ClaimResult Result(Verdict verdict, int generated, int met, int nonTrivial, ulong seed, Counterexample? counterexample, double seconds, double worst, string evidence) =>
        ClaimResult.For(Definition, verdict, generated, met, seed, counterexample, seconds, double.IsNegativeInfinity(worst) ? null : worst, evidence) with
        {
            NonTrivialCases = nonTrivial,
        };
}
