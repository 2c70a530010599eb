namespace Adam.Verification.Theory.Traces;

/// <summary>A malformed or inconsistent trace; the message names the source and the JSON path (e.g. steps[3].gradient).</summary>
public sealed class TraceFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public TraceFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public TraceFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public TraceFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
