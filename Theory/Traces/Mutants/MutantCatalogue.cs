using Adam.Verification.Theory.Optimizers;
using Adam.Verification.Theory.Traces.Mutants.Effects;

namespace Adam.Verification.Theory.Traces.Mutants;

/// <summary>
/// The catalogue of realistic Adam bugs, each a preset plus planted <see cref="MutantEffect"/>s. The first twelve are
/// the original regressions; the rest are faults that the single fingerprint request cannot see (they need a
/// learning-rate schedule, λ = 0 and λ &gt; 0, non-default β and ε, d ≥ 33, more than 1,000 steps, gradients from 1e-12
/// to 1e6, exact zeros after non-zero history, or a comparison with the request). <c>docs/conformance.md</c> lists
/// which battery kills which.
/// </summary>
public static class MutantCatalogue
{
    private const string Kingma = "kingma-ba";
    private const string AmsGrad = "amsgrad-pytorch";
    private const string AdamW = "adamw";

    /// <summary>Every mutant, in a fixed order.</summary>
    public static IReadOnlyList<Mutant> All { get; } =
    [
        new("epsilon-scaled-by-bias-correction", "ε multiplied by √(1 − β2^t)", Kingma, [Flaw(FormulaFlaws.EpsilonScaledByBiasCorrection)]),
        new("v-not-bias-corrected", "v not bias-corrected", Kingma, [Flaw(FormulaFlaws.SecondMomentNotBiasCorrected)]),
        new("amsgrad-max-over-corrected-v", "AMSGrad maximum over v̂ instead of v", AmsGrad, [Flaw(FormulaFlaws.AmsGradMaxOverCorrectedV)]),
        new("amsgrad-max-not-stored", "AMSGrad maximum not stored back", AmsGrad, [Flaw(FormulaFlaws.AmsGradMaximumNotStored)]),
        new("counter-per-parameter", "step counter advanced once per parameter", Kingma, [new CounterFlaw(CounterError.PerParameter)]),
        new("betas-swapped", "β1 and β2 swapped", Kingma, [new BetasSwapped()]),
        new("coupled-decay-claimed-decoupled", "L2 decay in the gradient where decoupled decay is claimed", AdamW, [Flaw(FormulaFlaws.CoupledDecayForDecoupled)]),
        new("decay-without-lr", "decoupled decay not scaled by the learning rate", AdamW, [Flaw(FormulaFlaws.DecayWithoutLearningRate)]),
        new("counter-one-behind", "bias corrections with t − 1", Kingma, [new CounterFlaw(CounterError.OneBehind)]),
        new("non-finite-gradient-zeroed", "a NaN or ±∞ gradient silently replaced by 0", Kingma, [new NonFiniteGradientsZeroed()])
        {
            UnobservableInTraces = "a trace holds finite gradients only; killed by the non-finite gradient property",
        },
        new("momentum-after-parameter", "parameter moved with m_{t−1}; momentum updated after it", Kingma, [Flaw(FormulaFlaws.MomentumUpdatedAfterParameter)]),
        new("float32-counter", "step counter held in float32 (stalls at 2^24)", Kingma, [new CounterFlaw(CounterError.SinglePrecision)])
        {
            UnobservableInTraces = "differs only after 2^24 steps; killed by the step-counter property",
        },
        new("lazy-on-zero-gradient", "a coordinate with gradient exactly 0 skipped (m, v, x frozen)", Kingma, [Flaw(FormulaFlaws.LazyOnZeroGradient)]),
        new("bias-correction-dropped-after-1000", "bias correction dropped after t = 1000", Kingma, [new BiasCorrectionDroppedAfter(1000)]),
        new("gradient-clipped-1e3", "each gradient coordinate clipped at ±1e3", Kingma, [new ClippedGradient(1e3)]),
        new("clipping-recorder", "gradients clipped at ±1 and the clipped gradients recorded", Kingma, [new ClippedGradient(1, Recorded: true)]),
        new("schedule-ignored", "per-step lr ignored (the base lr used)", Kingma, [new LearningRateFlaw(LearningRateError.BaseLearningRate)]),
        new("scheduler-not-attached", "base lr used and recorded as each step's lr", Kingma, [new LearningRateFlaw(LearningRateError.BaseLearningRate, Recorded: true)]),
        new("lr-one-step-late", "each step uses the previous step's lr", Kingma, [new LearningRateFlaw(LearningRateError.PreviousStep)]),
        new("lr-in-float32", "α_t rounded to float32", Kingma, [new LearningRateFlaw(LearningRateError.SinglePrecision)]),
        new("counter-reset-on-lr-change", "step counter restarted whenever the lr changes", Kingma, [new CounterFlaw(CounterError.ResetOnLearningRateChange)]),
        new("decay-times-base-lr", "decoupled decay multiplied by the base lr", AdamW, [Flaw(FormulaFlaws.DecayWithBaseLearningRate)]),
        new("decay-after-update", "decoupled decay applied to the updated parameter", AdamW, [Flaw(FormulaFlaws.DecayAfterUpdate)]),
        new("fast-path-without-decay", "a λ = 0 fast path with ε inside the root", Kingma, [new FormulaFlaw(FormulaFlaws.EpsilonInsideRoot, CoordinateScope.WhenNoWeightDecay)]),
        new("wrong-in-4-lane-blocks", "m not bias-corrected in full 4-wide vector blocks", Kingma, [new FormulaFlaw(FormulaFlaws.FirstMomentNotBiasCorrected, CoordinateScope.FullVectorBlocks, 4)]),
        new("wrong-in-8-lane-blocks", "approximate float32 reciprocal root in full 8-wide vector blocks", Kingma, [new FormulaFlaw(FormulaFlaws.ApproximateReciprocalRoot, CoordinateScope.FullVectorBlocks, 8)]),
        new("wrong-in-16-lane-blocks", "ε left out in full 16-wide vector blocks", Kingma, [new FormulaFlaw(FormulaFlaws.EpsilonOmitted, CoordinateScope.FullVectorBlocks, 16)]),
        new("wrong-in-8-lane-tail", "v not bias-corrected in the scalar tail after 8-wide blocks", Kingma, [new FormulaFlaw(FormulaFlaws.SecondMomentNotBiasCorrected, CoordinateScope.Tail, 8)]),
        new("betas-hard-coded", "β hard-coded to (0.9, 0.999)", Kingma, [new HardCodedHyperparameter(HyperparameterField.Beta1, 0.9), new HardCodedHyperparameter(HyperparameterField.Beta2, 0.999)]),
        new("epsilon-hard-coded", "ε hard-coded to 1e-8", Kingma, [new HardCodedHyperparameter(HyperparameterField.Epsilon, 1e-8)]),
        new("epsilon-hard-coded-and-reported", "ε hard-coded to 1e-8 and the trace reporting 1e-8", Kingma, [new HardCodedHyperparameter(HyperparameterField.Epsilon, 1e-8, Reported: true)]),
        new("beta1-zero-read-as-unset", "β1 = 0 read as unset (0.9 used)", Kingma, [new ZeroReadAsUnset(HyperparameterField.Beta1, 0.9)]),
        new("decay-zero-read-as-unset", "λ = 0 read as unset (AdamW's 0.01 used)", AdamW, [new ZeroReadAsUnset(HyperparameterField.WeightDecay, 0.01)]),
        new("tiny-gradients-flushed", "gradients below 1e-10 flushed to 0", Kingma, [new FlushedTinyGradients(1e-10)]),
        new("state-in-float32", "m and v stored in float32", Kingma, [Flaw(FormulaFlaws.StateInFloat32)]),
        new("momentum-without-dampening", "m = β1·m + g (no 1 − β1)", Kingma, [Flaw(FormulaFlaws.MomentumWithoutDampening)]),
        new("epsilon-inside-root", "ε inside the root", Kingma, [Flaw(FormulaFlaws.EpsilonInsideRoot)]),
        new("m-not-bias-corrected", "m not bias-corrected", Kingma, [Flaw(FormulaFlaws.FirstMomentNotBiasCorrected)]),
        new("counter-one-ahead", "bias corrections with t + 1", Kingma, [new CounterFlaw(CounterError.OneAhead)]),
    ];

    /// <summary>The mutant with exactly the id <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No mutant has that id (the message lists them).</exception>
    public static Mutant Get(string id) =>
        All.FirstOrDefault(m => m.Id == id) ?? throw new ArgumentException($"unknown mutant '{id}'; valid: {string.Join(", ", All.Select(m => m.Id))}.");

    /// <summary>Records <paramref name="mutant"/> on a request, as a trace claiming its preset.</summary>
    public static OptimizerTrace Record(Mutant mutant, OptimizerTrace request)
    {
        ArgumentNullException.ThrowIfNull(mutant);
        return Record(mutant, mutant.Preset, request);
    }

    /// <summary>
    /// Records <paramref name="mutant"/>'s effects planted on <paramref name="preset"/> (configured with the request's
    /// hyper-parameters) on a request, as its recorder would write the trace: the request's gradients, α_t and
    /// hyper-parameters unless an effect records what the mutant used; float32 requests stored in float32.
    /// </summary>
    public static OptimizerTrace Record(Mutant mutant, string preset, OptimizerTrace request)
    {
        ArgumentNullException.ThrowIfNull(mutant);
        ArgumentNullException.ThrowIfNull(request);
        AdamOptions options = TraceVariant.Configure(preset, request.Hyperparameters);
        var adam = new MutantAdam(mutant, options, request.Dimension, request.Hyperparameters.Lr);
        bool recordsGradient = mutant.Effects.Any(e => e.RecordsUsedGradient);
        bool recordsLr = mutant.Effects.Any(e => e.RecordsUsedLearningRate);
        double[] x = DtypeRounding.Stored(request.Initial, request.Dtype);
        var steps = new List<TraceStep>(request.Steps.Count);
        foreach (TraceStep s in request.Steps)
        {
            adam.Step(x, s.Gradient, s.Lr);
            DtypeRounding.Store(x, request.Dtype);
            adam.Synchronise(DtypeRounding.Stored(adam.M, request.Dtype), DtypeRounding.Stored(adam.V, request.Dtype), DtypeRounding.Stored(adam.VMax, request.Dtype), adam.Steps);
            steps.Add(s with
            {
                Lr = recordsLr ? adam.LastAlpha : s.Lr,
                Gradient = recordsGradient ? [.. s.Gradient.Select(adam.UsedGradient)] : s.Gradient,
                Parameters = (double[])x.Clone(),
                M = adam.M.ToArray(),
                V = adam.V.ToArray(),
                VMax = adam.KeepsMaximum ? adam.VMax.ToArray() : null,
            });
        }

        TraceHyperparameters header = mutant.Effects.Any(e => e.ReportsUsedHyperparameters)
            ? request.Hyperparameters with { Beta1 = adam.Used.Beta1, Beta2 = adam.Used.Beta2, Eps = adam.Used.Epsilon, WeightDecay = adam.Used.WeightDecay }
            : request.Hyperparameters;
        return request with { Implementation = $"mutant {mutant.Id}", Variant = preset, Hyperparameters = header, Steps = steps };
    }

    private static FormulaFlaw Flaw(FormulaFlaws flaws) => new(flaws);
}
