namespace Adam.Verification.Cli.Commands;

/// <summary>A value chosen on the command line with the name it was chosen by (the help shows the name as the default).</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Name">The command-line name.</param>
/// <param name="Value">The value.</param>
public readonly record struct Choice<T>(string Name, T Value)
{
    /// <summary>The command-line name (what help prints as a default).</summary>
    public override string ToString() => Name;
}
