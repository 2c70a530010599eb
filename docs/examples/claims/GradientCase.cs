namespace ExampleClaims;

/// <summary>One case: β1, β2 and a one-coordinate gradient sequence.</summary>
/// <param name="Beta1">The momentum coefficient.</param>
/// <param name="Beta2">The second-moment coefficient.</param>
/// <param name="Gradients">The gradient sequence.</param>
public sealed record GradientCase(double Beta1, double Beta2, double[] Gradients);
