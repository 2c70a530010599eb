namespace Adam.Verification.Theory.Traces;

/// <summary>The first place a trace does not answer its request: the JSON path of the field, and both values as text.</summary>
/// <param name="Path">The field's JSON path in the trace (<c>$.steps[16].gradient[3]</c>, <c>$.hyperparameters.eps</c>).</param>
/// <param name="Trace">The trace's value.</param>
/// <param name="Request">The request's value.</param>
public sealed record RequestDifference(string Path, string Trace, string Request)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: trace has {Trace}, the request {Request}";
}
