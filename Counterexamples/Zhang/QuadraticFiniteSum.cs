using System.Globalization;

namespace Adam.Verification.Counterexamples.Zhang;

/// <summary>
/// The quadratic finite sum of docs/claims.md#zhang-large-beta2-floor: f(x) = Σ_{i=1}^{n} f_i(x), f_i(x) = ½(x − c_i)². Then
/// ∇f_i(x) = x − c_i, ∇f(x) = n(x − c̄), and A2 (variance form) holds with D1 = 0 and
/// D0 = (1/n)Σ(c_i − c̄)² &gt; 0 exactly: the regime where Zhang et al.'s Thm 1 gives a floor O((1−β2)·D0).
/// </summary>
public sealed class QuadraticFiniteSum
{
    private readonly double[] _centres;

    /// <summary>Creates the sum; the centres must be finite and not all equal (D0 &gt; 0).</summary>
    public QuadraticFiniteSum(IReadOnlyList<double> centres)
    {
        ArgumentNullException.ThrowIfNull(centres);
        if (centres.Count < 2 || centres.Any(c => !double.IsFinite(c)))
        {
            throw new ArgumentException("a quadratic finite sum needs at least two finite centres.", nameof(centres));
        }

        _centres = [.. centres];
        Mean = _centres.Average();
        D0 = _centres.Sum(c => (c - Mean) * (c - Mean)) / _centres.Length;
        if (!(D0 > 0))
        {
            throw new ArgumentException("the centres are all equal, so D0 = 0; P3.3 needs D0 > 0.", nameof(centres));
        }
    }

    /// <summary>n.</summary>
    public int N => _centres.Length;

    /// <summary>The centres c_i.</summary>
    public IReadOnlyList<double> Centres => _centres;

    /// <summary>c̄, the minimiser of f.</summary>
    public double Mean { get; }

    /// <summary>D0 = (1/n)Σ(c_i − c̄)².</summary>
    public double D0 { get; }

    /// <summary>∇f_i(x) = x − c_i.</summary>
    public double ComponentGradient(int i, double x) => x - _centres[i];

    /// <summary>∇f(x) = n(x − c̄).</summary>
    public double Gradient(double x) => N * (x - Mean);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Σ ½(x − c_i)², c = ({string.Join(", ", _centres.Select(c => c.ToString("G4", CultureInfo.InvariantCulture)))}), D0 = {D0:G4}");
}
