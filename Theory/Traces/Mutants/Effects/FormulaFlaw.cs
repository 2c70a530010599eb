namespace Adam.Verification.Theory.Traces.Mutants.Effects;

/// <summary>Plants <paramref name="Planted"/> on the coordinates <paramref name="Scope"/> selects (vector blocks of <paramref name="Lanes"/> lanes).</summary>
/// <param name="Planted">The flaws.</param>
/// <param name="Scope">Which coordinates.</param>
/// <param name="Lanes">The vector width for <see cref="CoordinateScope.FullVectorBlocks"/> and <see cref="CoordinateScope.Tail"/>.</param>
public sealed record FormulaFlaw(FormulaFlaws Planted, CoordinateScope Scope = CoordinateScope.All, int Lanes = 8) : MutantEffect
{
    /// <inheritdoc/>
    public override FormulaFlaws Flaws(int coordinate, int dimension, double weightDecay)
    {
        int blocked = Lanes * (dimension / Lanes);
        bool applies = Scope switch
        {
            CoordinateScope.FullVectorBlocks => coordinate < blocked,
            CoordinateScope.Tail => coordinate >= blocked,
            CoordinateScope.WhenNoWeightDecay => weightDecay == 0,
            _ => true,
        };
        return applies ? Planted : FormulaFlaws.None;
    }
}
