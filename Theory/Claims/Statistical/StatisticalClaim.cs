using System.Diagnostics;
using System.Globalization;

namespace Adam.Verification.Theory.Claims.Statistical;

/// <summary>
/// The one skeleton of the statistical claims. A claim measures its sub-checks (<see cref="Measure"/>, with its own
/// hypotheses checked on every configuration it runs) and this class judges them with
/// <see cref="ErrorControl"/>: each of the m sub-checks gets the margin k = Φ⁻¹(1 − 10⁻⁴/m) standard errors, so that a
/// false decisive verdict has probability ≤ 10⁻⁴ per run. Verdict: Inconclusive when a hypothesis fails; Refuted when a
/// sub-check fails beyond its margin; Held when every sub-check passes beyond its margin; Inconclusive otherwise.
/// The evidence states k, the error bound and, for each sub-check, the violation it detects with 95% probability.
/// </summary>
public abstract class StatisticalClaim : IClaim
{
    /// <inheritdoc/>
    public abstract ClaimDefinition Definition { get; }

    /// <inheritdoc/>
    public string Id => Definition.Id;

    /// <inheritdoc/>
    public Verdict ExpectedVerdict => Definition.ExpectedVerdict;

    /// <inheritdoc/>
    public abstract IReadOnlyList<PlantedFault> PlantedFaults { get; }

    /// <summary>The samples (paths, instances or replicates) for a budget level (<see cref="ClaimDefinition.Cases"/>).</summary>
    public int SamplesFor(BudgetLevel level) => Definition.Cases.For(level);

    /// <summary>Runs the measurement with <paramref name="samples"/> samples; every random choice derives from the settings' seed.</summary>
    protected abstract Measurement Measure(ClaimRunSettings settings, int samples);

    /// <inheritdoc/>
    public ClaimResult Check(ClaimRunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        int samples = settings.CasesOverride ?? SamplesFor(settings.Budget);
        Measurement m = Measure(settings, samples);
        string notes = m.Notes.Count == 0 ? string.Empty : " Reported, not asserted: " + string.Join("; ", m.Notes) + ".";
        if (m.UnmetHypotheses.Count > 0)
        {
            return Result(Verdict.Inconclusive, m, 0, settings.Seed, clock, $"hypotheses unmet: {string.Join("; ", m.UnmetHypotheses)}.{notes}");
        }

        double k = ErrorControl.Margin(m.Checks.Count);
        SubCheckOutcome[] outcomes = [.. m.Checks.Select(c => c.Judge(k))];
        Verdict verdict = outcomes.Contains(SubCheckOutcome.Fails) ? Verdict.Refuted
            : outcomes.All(o => o == SubCheckOutcome.Passes) ? Verdict.Held
            : Verdict.Inconclusive;
        string header = string.Create(CultureInfo.InvariantCulture, $"{m.Checks.Count} sub-checks, each with a margin of k = {k:F2} SE (one-sided, union bound: a false Held or Refuted has probability ≤ {ErrorControl.PerRunError:G2} per run); ");
        string checks = string.Join("; ", m.Checks.Select(c => c.Describe(k)));
        string power = string.Join(", ", m.Checks.Where(c => c.StandardError > 0 && c.Trials is null).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.DetectableShift(k):G3}")));
        string powerText = power.Length == 0 ? string.Empty : $" Power: each sampled sub-check detects a violation of (k + 1.645)·SE beyond its threshold with 95% probability ({power}).";
        return Result(verdict, m, m.Cases, settings.Seed, clock, header + checks + "." + powerText + notes);
    }

    private ClaimResult Result(Verdict verdict, Measurement m, int met, ulong seed, Stopwatch clock, string evidence) =>
        ClaimResult.For(Definition, verdict, m.Cases, met, seed, null, clock.Elapsed.TotalSeconds, null, evidence);
}
