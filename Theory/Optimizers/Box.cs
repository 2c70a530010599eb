namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// The feasible box F = [Lower, Upper]^d of Reddi et al.'s online problems. For a diagonal V the weighted
/// projection Π_{F,√V}(y) = argmin_{x∈F} ‖V^{1/4}(x − y)‖ onto a box is coordinate-wise clipping, so the
/// projection never depends on the preconditioner.
/// </summary>
public sealed record Box
{
    /// <summary>Creates the box [lower, upper] in every coordinate.</summary>
    /// <exception cref="OptionValidationException">A bound is not finite or lower &gt; upper.</exception>
    public Box(double lower, double upper)
    {
        OptionValidationException.RequireFinite("box lower bound", lower);
        OptionValidationException.RequireFinite("box upper bound", upper);
        if (lower > upper)
        {
            throw new OptionValidationException("box", $"the box lower bound must not exceed the upper bound; got [{lower:R}, {upper:R}].");
        }

        Lower = lower;
        Upper = upper;
    }

    /// <summary>The lower bound of every coordinate.</summary>
    public double Lower { get; }

    /// <summary>The upper bound of every coordinate.</summary>
    public double Upper { get; }

    /// <summary>Π_F(y) = clip(y, Lower, Upper).</summary>
    public double Project(double y) => Math.Clamp(y, Lower, Upper);
}
