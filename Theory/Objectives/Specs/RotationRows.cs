namespace Adam.Verification.Theory.Objectives.Specs;

/// <summary>
/// A rotation written as its rows: absent means the identity; present, it must be orthonormal to 1e-12 (tight enough that
/// the facts computed from it, K and γ∞, stay within the claims' relative tolerance of 1e-9; a generated rotation is
/// orthonormal to about 1e-15, and rows written with 16 significant digits to about 1e-16).
/// </summary>
public static class RotationRows
{
    /// <summary>The largest |QᵀQ − I| entry a written rotation may have.</summary>
    public const double Tolerance = 1e-12;

    /// <summary>The rows of <paramref name="rotation"/>.</summary>
    public static double[][] Of(Rotation rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        int d = rotation.Dimension;
        return [.. Enumerable.Range(0, d).Select(j => Enumerable.Range(0, d).Select(i => rotation[j, i]).ToArray())];
    }

    /// <summary>The rotation the rows give (the identity when <paramref name="rows"/> is null).</summary>
    public static Rotation Build(double[][]? rows, int dimension) => rows is null ? Rotation.Identity(dimension) : Rotation.FromRows(rows);

    /// <summary>Throws unless <paramref name="rows"/> is null or a d×d orthonormal matrix.</summary>
    public static void Check(double[][]? rows, int dimension)
    {
        if (rows is null)
        {
            return;
        }

        if (rows.Length != dimension || rows.Any(r => r is null || r.Length != dimension || r.Any(v => !double.IsFinite(v))))
        {
            throw new ArgumentException($"Rotation must be a {dimension}×{dimension} matrix of finite numbers (rows).");
        }

        for (int a = 0; a < dimension; a++)
        {
            for (int b = 0; b < dimension; b++)
            {
                double dot = 0;
                for (int j = 0; j < dimension; j++)
                {
                    dot += rows[j][a] * rows[j][b];
                }

                if (Math.Abs(dot - (a == b ? 1 : 0)) > Tolerance)
                {
                    throw new ArgumentException($"Rotation must be orthonormal: columns {a} and {b} have dot product {dot:R} (tolerance {Tolerance:G2}).");
                }
            }
        }
    }
}
