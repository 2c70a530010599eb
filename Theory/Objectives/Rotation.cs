using Adam.Verification.Theory.Randomness;

namespace Adam.Verification.Theory.Objectives;

/// <summary>
/// A d×d orthonormal matrix Q (columns q_i), stored row-major. Random instances are Haar-distributed:
/// Gram–Schmidt of a Gaussian matrix.
/// </summary>
public sealed class Rotation
{
    private readonly double[] _q;

    private Rotation(int dimension, double[] q)
    {
        Dimension = dimension;
        _q = q;
    }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>Q_{ji}: row j of column i.</summary>
    public double this[int row, int column] => _q[(row * Dimension) + column];

    /// <summary>The identity.</summary>
    public static Rotation Identity(int dimension)
    {
        var q = new double[dimension * dimension];
        for (int i = 0; i < dimension; i++)
        {
            q[(i * dimension) + i] = 1;
        }

        return new Rotation(dimension, q);
    }

    /// <summary>
    /// The matrix with these rows, Q_{ji} = rows[j][i], taken as given: the caller checks orthonormality
    /// (<see cref="Specs.RotationRows.Check"/>).
    /// </summary>
    public static Rotation FromRows(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int d = rows.Length;
        var q = new double[d * d];
        for (int j = 0; j < d; j++)
        {
            if (rows[j] is null || rows[j].Length != d)
            {
                throw new ArgumentException($"a rotation needs {d} rows of length {d}.", nameof(rows));
            }

            rows[j].CopyTo(q, j * d);
        }

        return new Rotation(d, q);
    }

    /// <summary>A Haar-random rotation drawn from <paramref name="random"/>.</summary>
    public static Rotation Random(int dimension, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var columns = new double[dimension][];
        for (int i = 0; i < dimension; i++)
        {
            double[] c;
            double norm;
            do
            {
                c = new double[dimension];
                for (int j = 0; j < dimension; j++)
                {
                    c[j] = random.Normal();
                }

                for (int k = 0; k < i; k++)
                {
                    double p = VectorMath.Dot(c, columns[k]);
                    for (int j = 0; j < dimension; j++)
                    {
                        c[j] -= p * columns[k][j];
                    }
                }

                norm = VectorMath.Norm(c);
            }
            while (norm < 1e-6);

            for (int j = 0; j < dimension; j++)
            {
                c[j] /= norm;
            }

            columns[i] = c;
        }

        var q = new double[dimension * dimension];
        for (int i = 0; i < dimension; i++)
        {
            for (int j = 0; j < dimension; j++)
            {
                q[(j * dimension) + i] = columns[i][j];
            }
        }

        return new Rotation(dimension, q);
    }

    /// <summary>q_iᵀ·v.</summary>
    public double ColumnDot(int column, ReadOnlySpan<double> v)
    {
        double s = 0;
        for (int j = 0; j < Dimension; j++)
        {
            s += _q[(j * Dimension) + column] * v[j];
        }

        return s;
    }

    /// <summary>result += scale·q_i.</summary>
    public void AddColumn(int column, double scale, Span<double> result)
    {
        for (int j = 0; j < Dimension; j++)
        {
            result[j] += scale * _q[(j * Dimension) + column];
        }
    }
}
