using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Claims.Search;

/// <summary>
/// Targeted search over a claim's observable (the conclusion fails above 1), in the spirit of Hypothesis's
/// <c>target()</c>: draw <see cref="SearchSettings.Starts"/> fresh cases and start from the one with the largest
/// observable, then a (1+1) hill climb — mutate the current case with one of the claim's
/// <see cref="InstanceClaim{TInstance}.MutationOperators"/>, chosen by <see cref="OperatorSelection"/> (operators that
/// improved lately are drawn more often), and keep the mutant when its observable is at least as large. A mutation that
/// improved is replayed from its random stream while it keeps improving, with the step doubled each time (the operator
/// applied 2, 4, … up to 2^<see cref="MaxDoublings"/> times: ρ ×2 becomes ×4, ×16, …), at most
/// <see cref="PatternRepeats"/> times — an expanding pattern move. The climb restarts the same way after
/// <see cref="SearchSettings.Patience"/> evaluations without a gain above <see cref="SearchSettings.MinimumGain"/>; the
/// operator qualities carry over restarts.
/// Mutants that miss the hypotheses or are invalid are discarded without spending budget (at most 50 in a row). A
/// violating best case is shrunk before it is reported. Deterministic in the seed.
/// </summary>
public static class TargetedSearch
{
    /// <summary>The most times an improving mutation is replayed in a row.</summary>
    public const int PatternRepeats = 8;

    /// <summary>The pattern step doubles at each repeat, up to 2^MaxDoublings applications of the mutation.</summary>
    public const int MaxDoublings = 5;

    /// <summary>Runs the climb.</summary>
    public static SearchResult Run<T>(InstanceClaim<T> claim, SearchSettings settings)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(settings);
        IReadOnlyList<MutationOperator<T>> operators = claim.MutationOperators;
        if (operators.Count == 0)
        {
            throw new NotSupportedException($"claim '{claim.Id}' defines no mutation, so it cannot be searched.");
        }

        var random = new SeededRandom(settings.Seed);
        var book = new Book<T>(claim, settings);
        var selection = new OperatorSelection(operators.Count);
        int restarts = -1;
        while (!book.Done)
        {
            restarts++;
            if (Fresh(claim, random, book) is not (T current, double value))
            {
                break;
            }

            for (int start = 1; start < settings.Starts && !book.Done; start++)
            {
                if (Fresh(claim, random, book) is (T other, double otherValue) && otherValue > value)
                {
                    (current, value) = (other, otherValue);
                }
            }

            int stale = 0;
            while (!book.Done && stale < settings.Patience)
            {
                T? mutant = default;
                ulong stream = 0;
                int chosen = 0;
                bool found = false;
                for (int tries = 0; tries < 50 && !found; tries++)
                {
                    chosen = selection.Choose(random);
                    stream = random.NextUInt64();
                    mutant = operators[chosen].Apply(current, new SeededRandom(stream));
                    found = Meets(claim, mutant);
                }

                if (!found)
                {
                    break;
                }

                double v = book.Record(mutant!);
                bool improved = v > value;
                selection.Reward(chosen, Gain(value, v), improved);
                stale = Progressed(value, v, settings.MinimumGain) ? 0 : stale + 1;
                if (v >= value)
                {
                    current = mutant!;
                    value = v;
                }

                for (int repeat = 0; improved && repeat < PatternRepeats && !book.Done; repeat++)
                {
                    T again = current;
                    for (int application = 0; application < 1 << Math.Min(repeat + 1, MaxDoublings); application++)
                    {
                        again = operators[chosen].Apply(again, new SeededRandom(stream));
                    }

                    if (!Meets(claim, again))
                    {
                        break;
                    }

                    double w = book.Record(again);
                    improved = w > value;
                    selection.Reward(chosen, Gain(value, w), improved);
                    if (improved)
                    {
                        current = again;
                        value = w;
                    }
                }
            }
        }

        return book.Result("targeted", Math.Max(0, restarts), operators.Select((o, i) => (o.Name, selection.Gains[i])).ToArray());
    }

    /// <summary>The baseline: independent cases from the same generator the search starts from, with the same budget and bookkeeping.</summary>
    public static SearchResult RandomBaseline<T>(InstanceClaim<T> claim, SearchSettings settings)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(settings);
        var random = new SeededRandom(settings.Seed);
        var book = new Book<T>(claim, settings);
        while (!book.Done && Fresh(claim, random, book) is not null)
        {
        }

        return book.Result("random", 0, []);
    }

    private static (T Instance, double Value)? Fresh<T>(InstanceClaim<T> claim, SeededRandom random, Book<T> book)
        where T : notnull
    {
        for (int tries = 0; tries < 10_000; tries++)
        {
            T candidate = claim.GenerateForSearch(random.Fork(random.NextUInt64()));
            if (Meets(claim, candidate))
            {
                return (candidate, book.Record(candidate));
            }
        }

        return null;
    }

    /// <summary>
    /// The reward of moving the observable from <paramref name="before"/> to <paramref name="after"/>: log2(after/before)
    /// for positive values (a doubling earns the full reward 1, a gain of 1e-6 next to nothing), 1 for any gain from a
    /// non-positive value, 0 without a gain.
    /// </summary>
    internal static double Gain(double before, double after)
    {
        if (!(after > before))
        {
            return 0;
        }

        return before > 0 ? Math.Log2(after / before) : 1;
    }

    /// <summary>Whether moving from <paramref name="before"/> to <paramref name="after"/> is progress: a gain above <paramref name="minimumGain"/> relative (any gain from a non-finite value).</summary>
    internal static bool Progressed(double before, double after, double minimumGain) =>
        after > before && (!double.IsFinite(before) || after - before > Math.Abs(before) * minimumGain);

    private static bool Meets<T>(InstanceClaim<T> claim, T instance)
        where T : notnull
    {
        try
        {
            return claim.UnmetHypothesis(instance) is null;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private sealed class Book<T>(InstanceClaim<T> claim, SearchSettings settings)
        where T : notnull
    {
        private readonly List<(int, double)> _progress = [];
        private int _evaluations;
        private int? _firstViolation;
        private double _best = double.NegativeInfinity;
        private T? _bestInstance;

        public bool Done => _evaluations >= settings.Evaluations || (settings.StopAtViolation && _firstViolation is not null);

        public double Record(T instance)
        {
            _evaluations++;
            CaseOutcome outcome = claim.Evaluate(instance);
            double v = double.IsNaN(outcome.Observable) ? double.NegativeInfinity : outcome.Observable;
            if (!outcome.Holds && _firstViolation is null)
            {
                _firstViolation = _evaluations;
            }

            if (v > _best || _bestInstance is null)
            {
                _best = v;
                _bestInstance = instance;
                _progress.Add((_evaluations, v));
            }

            return v;
        }

        public SearchResult Result(string method, int restarts, IReadOnlyList<(string Operator, int Gains)> gains)
        {
            if (_bestInstance is null)
            {
                return new SearchResult(claim.Id, method, _evaluations, null, double.NaN, "no case met the hypotheses", "null", restarts, _progress, gains);
            }

            // A violating best case is shrunk to paper form, as `verify` does with its first violation.
            T best = _bestInstance;
            CaseOutcome outcome = claim.Evaluate(best);
            if (!outcome.Holds)
            {
                (best, _, _) = claim.ShrinkViolation(best, outcome);
            }

            return new SearchResult(claim.Id, method, _evaluations, _firstViolation, _best, claim.Describe(best), claim.ToJson(best), restarts, _progress, gains);
        }
    }
}
