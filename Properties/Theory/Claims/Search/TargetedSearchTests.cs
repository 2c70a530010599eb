using Adam.Verification.Theory.Bounds;
using Adam.Verification.Theory.Claims;
using Adam.Verification.Theory.Claims.ConstantStep;
using Adam.Verification.Theory.Claims.Search;
using Adam.Verification.Theory.Claims.SignRatio;
using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Properties.Theory.Claims.Search;

/// <summary>
/// Targeted search against random generation (issue 6): the search must break the two false claims in far fewer cases
/// than random generation, and push the true sign-ratio bound to within 1e-6 without crossing it. Each property has a
/// planted fault that makes it fail: a search whose only operator redraws the case (random search in disguise), and a
/// bound 1e-6 too small.
/// </summary>
public sealed class TargetedSearchTests
{
    private const int Seeds = 24;

    [Fact]
    public void Search_breaks_the_as_printed_constant_step_bound_in_far_fewer_cases_than_random_generation()
    {
        var claim = new ConstantStepBoundAsPrintedClaim();
        (double targeted, double random) = MedianCasesToViolation(claim, budget: 2_000);
        Assert.True(random >= 3 * targeted, $"median cases to the first violation: targeted {targeted}, random {random} (needs ≥ 3× fewer)");

        // Planted: the only operator redraws the whole case, so the "search" is random generation with extra steps.
        (double blind, double baseline) = MedianCasesToViolation(Blind(claim), budget: 2_000);
        Assert.False(baseline >= 3 * blind, $"the blind search should not pass: {blind} against {baseline}");
    }

    [Fact]
    public void Search_breaks_the_naive_sign_ratio_constant_near_the_boundary_where_random_generation_does_not()
    {
        var claim = new NaiveSignRatioConstantBenchmark();
        const int budget = 1_000;
        for (ulong seed = 1; seed <= 8; seed++)
        {
            var settings = new SearchSettings(budget, seed, Patience: 15);
            SearchResult targeted = claim.Search(settings), random = claim.RandomSearch(settings);
            Assert.True(targeted.FirstViolationAt is not null, $"seed {seed}: no violation in {budget} targeted cases; best {targeted.BestObservable}");
            Assert.True(random.FirstViolationAt is null, $"seed {seed}: random generation broke the claim at case {random.FirstViolationAt}, so the start is not hard");
            Assert.True(StillViolates(claim, targeted), $"seed {seed}: the reported (shrunk) case no longer violates: {targeted.BestDescription}");
        }

        // Planted: the blind search finds nothing either.
        SearchResult blind = Blind(claim).Search(new SearchSettings(budget, 1, Patience: 15));
        Assert.Null(blind.FirstViolationAt);
    }

    [Fact]
    public void Push_reaches_the_sign_ratio_bound_within_1e_6_without_crossing_it()
    {
        var claim = new SignRatioBoundClaim();
        var settings = new SearchSettings(200_000, 2, StopAtViolation: false, Patience: 3_000, MinimumGain: 0);
        SearchResult push = claim.Search(settings);
        Assert.Null(push.FirstViolationAt);
        Assert.InRange(push.BestObservable, 1 - 1e-6, 1 + SignRatioBoundClaim.Tolerance);

        // Not reached at t = 1: R ≥ 1.5 at the search's hyper-parameters, so the best case is a long shaped sequence.
        SignRatioInstance best = claim.FromJson(push.BestJson);
        Assert.True(SignRatioBound.R(best.Beta1, best.Beta2) >= SignRatioBoundClaim.MinimumSearchR);
        Assert.True(best.Gradients.Length > 100, $"T = {best.Gradients.Length}");

        // Planted: a bound 1e-6 too small; the same push crosses it.
        SearchResult crossed = new RewiredClaim<SignRatioInstance>(claim, claim.MutationOperators, observableScale: 1 + 1e-6).Search(settings with { StopAtViolation = true });
        Assert.NotNull(crossed.FirstViolationAt);
    }

    [Fact]
    public void A_decaying_second_moment_that_underflows_is_outside_the_hypotheses()
    {
        // Found by the push: one gradient at the window's floor, then zeros; v_t underflows while m_t survives (β1 > β2).
        double[] g = [-1e-150, .. new double[24]];
        var instance = new SignRatioInstance(0.3, 0.1, 0, false, EpsilonPlacement.OutsideCorrectedRoot, GradientSequenceKind.Shrunk, g);
        Assert.True(double.IsPositiveInfinity(SignRatioTrace.Compute(instance).Max()));
        Assert.Contains("underflows", new SignRatioBoundClaim().UnmetHypothesis(instance), StringComparison.Ordinal);
        Assert.True(GradientSequenceGenerator.SecondMomentStaysNormal([-1e-150, 0, 0], 0.1));
        Assert.False(GradientSequenceGenerator.SecondMomentStaysNormal(g, 0.1));
    }

    [Fact]
    public void Operator_selection_favours_operators_that_pay_and_starves_none()
    {
        var selection = new OperatorSelection(4);
        Assert.Equal(0.25, selection.Probability(2), 12);
        for (int i = 0; i < 20; i++)
        {
            selection.Reward(0, 1, improved: true);
            selection.Reward(1 + (i % 3), 0, improved: false);
        }

        // p_0 = 0.3/4 + 0.7·q_0/Σq with q_0 = 1 and the others decayed by 0.7^7 or so.
        Assert.True(selection.Probability(0) > 0.6, $"p_0 = {selection.Probability(0)}");
        Assert.True(selection.Probability(1) >= OperatorSelection.FloorShare / 4);
        Assert.Equal(1, Enumerable.Range(0, 4).Sum(selection.Probability), 12);
        Assert.Equal([20, 0, 0, 0], selection.Gains);
        var random = new SeededRandom(3);
        int zeros = Enumerable.Range(0, 1_000).Count(_ => selection.Choose(random) == 0);
        Assert.InRange(zeros, 1_000 * (selection.Probability(0) - 0.05), 1_000 * (selection.Probability(0) + 0.05));
    }

    [Fact]
    public void The_same_seed_replays_the_same_search()
    {
        var claim = new ConstantStepBoundAsPrintedClaim();
        var settings = new SearchSettings(300, 7, Patience: 15);
        SearchResult a = claim.Search(settings), b = claim.Search(settings);
        Assert.Equal(a.FirstViolationAt, b.FirstViolationAt);
        Assert.Equal(a.BestJson, b.BestJson);
        Assert.Equal(a.OperatorGains, b.OperatorGains);
    }

    private static bool StillViolates<T>(InstanceClaim<T> claim, SearchResult result)
        where T : notnull
    {
        T best = claim.FromJson(result.BestJson);
        return claim.UnmetHypothesis(best) is null && !claim.Evaluate(best).Holds;
    }

    private static RewiredClaim<T> Blind<T>(InstanceClaim<T> claim)
        where T : notnull =>
        new(claim, [new MutationOperator<T>("case redrawn", (_, r) => claim.GenerateForSearch(r))]);

    private static (double Targeted, double Random) MedianCasesToViolation<T>(InstanceClaim<T> claim, int budget)
        where T : notnull
    {
        var targeted = new double[Seeds];
        var random = new double[Seeds];
        Parallel.For(0, Seeds, i =>
        {
            var settings = new SearchSettings(budget, (ulong)i + 1, Patience: 15);
            targeted[i] = claim.Search(settings).FirstViolationAt ?? budget;
            random[i] = claim.RandomSearch(settings).FirstViolationAt ?? budget;
        });
        return (Median(targeted), Median(random));
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2;
    }
}
