namespace Adam.Verification.Properties.Cli;

/// <summary>Two integers: the instance of the <see cref="LoadableClaims"/> conjectures.</summary>
public sealed record IntegerPair(int A, int B);
