using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Traces.Batteries;

/// <summary>
/// The three batteries as data. Quick is the six-pattern fingerprint request. Standard adds five generated requests
/// that between them set β1 = 0 and β1 close to √β2, non-default ε, λ = 0 and λ &gt; 0, three α schedules, d = 33
/// (full vector blocks of 4, 8 and 16 lanes and a tail), 2,000 steps, gradients from 1e-12 to 1e6 with exact zeros
/// after non-zero history and sign flips, and float32. Thorough adds wider, longer and randomly configured requests.
/// The flags <c>amsgrad</c> and <c>decoupled</c> are set on every request (they say which optimizer answers it: decay is
/// coupled L2 unless <c>decoupled</c>). <c>seed</c> draws another battery of the same design.
/// </summary>
public static class BatteryCatalogue
{
    /// <summary>The seed of the batteries <c>fingerprint --battery-out</c> writes by default.</summary>
    public const ulong DefaultSeed = 20261201;

    /// <summary>The battery at <paramref name="level"/>.</summary>
    public static TraceBattery Get(BatteryLevel level, bool amsGrad = false, bool decoupled = false, ulong seed = DefaultSeed)
    {
        var entries = new List<BatteryEntry>
        {
            new("patterns", "six coordinates: zero then unit, tiny 1e-9, scales 1e-4 → 1e2 → 1e-4, sign flips, long run then drop, spike then small; ε = 1e-3, λ = 0.1", Fingerprint.Battery(amsGrad, decoupled)),
        };
        if (level == BatteryLevel.Quick)
        {
            return new TraceBattery("quick", entries);
        }

        TraceHyperparameters H(double lr, double b1, double b2, double eps, double lambda) => new(lr, b1, b2, eps, lambda, amsGrad, decoupled);
        (string Name, string Purpose, RequestDesign Design)[] standard =
        [
            ("momentum-free", "β1 = 0, β2 = 0.99, λ = 0, constant α; d = 5, 120 steps", new(5, 120, H(1e-3, 0, 0.99, 1e-8, 0), Schedules.Constant)),
            ("near-boundary", "β1 = 0.94 close to √β2 = 0.949 (β2 = 0.9), ε = 1e-6, λ = 0.05, warm-up then cosine α; d = 7, 300 steps", new(7, 300, H(0.02, 0.94, 0.9, 1e-6, 0.05), Schedules.WarmupCosine(10, 300))),
            ("decay-schedule", "β = (0.8, 0.95), ε = 1e-4, λ = 0.1, α × 0.3 every 50 steps; d = 9, 200 steps", new(9, 200, H(0.05, 0.8, 0.95, 1e-4, 0.1), Schedules.StepDecay(50, 50, 0.3))),
            ("wide-long", "d = 33 (4-, 8- and 16-lane blocks and a tail), 2,000 steps, λ = 0, α halved every 250 steps after 1,000", new(33, 2000, H(1e-3, 0.9, 0.999, 1e-8, 0), Schedules.StepDecay(1000, 250, 0.5))),
            ("float32", "float32, d = 17, λ = 0.01, warm-up then cosine α; 300 steps", new(17, 300, H(1e-3, 0.9, 0.999, 1e-8, 0.01), Schedules.WarmupCosine(20, 300), "float32")),
        ];
        entries.AddRange(standard.Select((s, k) => new BatteryEntry(s.Name, s.Purpose, BatteryRequests.Build(s.Design, SeededRandom.DeriveSeed(seed, (ulong)k + 1)))));
        if (level == BatteryLevel.Standard)
        {
            return new TraceBattery("standard", entries);
        }

        var random = new SeededRandom(SeededRandom.DeriveSeed(seed, 100));
        var thorough = new List<(string, string, RequestDesign)>
        {
            ("wider-longer", "d = 48, 4,000 steps, β = (0.95, 0.9999), λ = 0.02, warm-up then cosine α", new(48, 4000, H(3e-3, 0.95, 0.9999, 1e-8, 0.02), Schedules.WarmupCosine(100, 4000))),
            ("float32-long", "float32, d = 40, 2,000 steps, λ = 0, α halved every 400 steps", new(40, 2000, H(1e-3, 0.9, 0.999, 1e-7, 0), Schedules.StepDecay(400, 400, 0.5), "float32")),
        };
        for (int k = 1; k <= 3; k++)
        {
            double b2 = 1 - Math.Pow(10, random.Uniform(-4, -0.3));
            double b1 = random.Uniform(0, 0.99) * Math.Sqrt(b2);
            double eps = Math.Pow(10, random.Uniform(-10, -3));
            double lambda = random.Bernoulli(0.5) ? 0 : Math.Pow(10, random.Uniform(-3, -1));
            thorough.Add(($"random-{k}", FormattableString.Invariant($"β = ({b1:G3}, {b2:G5}), ε = {eps:G2}, λ = {lambda:G2}, warm-up then cosine α; d = 12, 500 steps"), new(12, 500, H(1e-2, b1, b2, eps, lambda), Schedules.WarmupCosine(25, 500))));
        }

        entries.AddRange(thorough.Select((s, k) => new BatteryEntry(s.Item1, s.Item2, BatteryRequests.Build(s.Item3, SeededRandom.DeriveSeed(seed, (ulong)k + 10)))));
        return new TraceBattery("thorough", entries);
    }
}
