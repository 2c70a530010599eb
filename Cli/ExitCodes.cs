namespace Adam.Verification.Cli;

/// <summary>The process exit codes of adamv (documented in the README).</summary>
public static class ExitCodes
{
    /// <summary>Success: every verdict equals its expected verdict.</summary>
    public const int Success = 0;

    /// <summary>At least one verdict differs from its expected verdict.</summary>
    public const int Unexpected = 1;

    /// <summary>Bad arguments or bad input (a one-line error on stderr).</summary>
    public const int BadArguments = 2;

    /// <summary>An internal error (a bug in adamv; the message says where).</summary>
    public const int InternalError = 3;
}
