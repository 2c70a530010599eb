namespace Adam.Verification.Theory.Claims;

/// <summary>
/// An instance whose objective (or data) may be regenerated from a seed, and which can write that out in full: the
/// explicit form replays without the generator, so a saved case keeps its meaning when a generator changes.
/// <see cref="InstanceClaim{TInstance}.ToJson"/> writes every instance in its explicit form.
/// </summary>
/// <typeparam name="TInstance">The instance type.</typeparam>
public interface IExplicitInstance<out TInstance>
{
    /// <summary>The same case with every generated parameter written out; replaying it gives the same outcome.</summary>
    TInstance Explicit();
}
