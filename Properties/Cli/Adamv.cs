using Adam.Verification.Cli;

namespace Adam.Verification.Properties.Cli;

/// <summary>Runs adamv in-process and captures its exit code, standard output and standard error.</summary>
internal static class Adamv
{
    /// <summary>Runs adamv with the arguments.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = AdamvApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
