namespace Adam.Verification.Properties.Harness;

/// <summary>A property failed; the message starts with the replay line.</summary>
public sealed class PropertyFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PropertyFailedException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PropertyFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
