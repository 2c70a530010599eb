namespace Adam.Verification.Theory.Optimizers;

/// <summary>
/// The reference update rule of the Adam family, in double precision over spans, evaluated literally as the
/// papers write it. One call performs step t = state.T + 1:
/// <code>
/// g ← g + λ·x                                   (coupled L2 only)
/// m_t = β1·m_{t−1} + (1−β1)·g_t
/// v_t = β2·v_{t−1} + (1−β2)·g_t²
/// s_t = v_t | max(s_{t−1}, v_t) | max(s_{t−1}, v_t/(1−β2^t))   (AMSGrad form)
/// c1 = 1−β1^t, c2 = 1−β2^t   (1 and 1 without bias correction; c2 = 1 for an already corrected maximum)
/// u_t = (m_t/c1)/(√(s_t/c2) + ε)   |   (√c2/c1)·m_t/(√s_t + ε̂)   |   (m_t/c1)/√(s_t/c2 + ε)
/// x_t = Π_F(x_{t−1} − α_t·(u_t + λ·x_{t−1}))   (λ only when decoupled)
/// </code>
/// Citations: Kingma &amp; Ba 2015, Alg. 1 and §2; Reddi, Kale &amp; Kumar 2018, Alg. 1–2 and eq. (3);
/// Loshchilov &amp; Hutter 2019 (AdamW); arXiv 2309.08339 Alg. 1 (no bias correction, ρ = ε outside the root).
/// </summary>
/// <remarks>
/// Convention: when the denominator is exactly 0 (ε = 0 and a zero second moment) and m_t = 0, the coordinate
/// does not move (0/0 := 0). For β2 &gt; 0, v_t = 0 implies m_t = 0, so this only defines the zero-history case.
/// No allocation per step. A non-finite gradient throws <see cref="NonFiniteGradientException"/> before any write.
/// </remarks>
public static class AdamUpdate
{
    /// <summary>One step with the constant step size α = <see cref="AdamOptions.Alpha"/>.</summary>
    public static void Step(AdamOptions options, AdamState state, Span<double> x, ReadOnlySpan<double> g)
    {
        ArgumentNullException.ThrowIfNull(options);
        Step(options, state, x, g, options.Alpha);
    }

    /// <summary>One step with step size α_t = <paramref name="alphaT"/> (from a schedule).</summary>
    /// <exception cref="NonFiniteGradientException">g has a NaN or ±∞ coordinate; nothing was written.</exception>
    public static void Step(AdamOptions options, AdamState state, Span<double> x, ReadOnlySpan<double> g, double alphaT)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        CheckDimensions(state.Dimension, x.Length, g.Length);
        OptionValidationException.RequireNonNegative("α_t", alphaT);
        long t = state.T + 1;
        NonFiniteGradientException.ThrowIfAnyNonFinite(g, t);

        double b1 = options.Beta1, b2 = options.Beta2, eps = options.Epsilon;
        double c1 = options.BiasCorrection ? 1 - Math.Pow(b1, t) : 1;
        double c2 = options.BiasCorrection ? 1 - Math.Pow(b2, t) : 1;
        double lambda = options.WeightDecay;
        bool coupled = lambda > 0 && options.WeightDecayMode == WeightDecayMode.CoupledL2;
        bool decoupled = lambda > 0 && options.WeightDecayMode == WeightDecayMode.Decoupled;
        bool pytorch = options.Order == OperationOrder.PyTorch;
        Span<double> m = state.MutableM, v = state.MutableV, vMax = state.MutableVMax;
        Box? box = options.Projection;

        for (int i = 0; i < x.Length; i++)
        {
            double gi = coupled ? g[i] + (lambda * x[i]) : g[i];
            double mi, vi;
            if (pytorch)
            {
                mi = Lerp(m[i], gi, 1 - b1);
                vi = (v[i] * b2) + ((1 - b2) * gi * gi);
            }
            else
            {
                mi = (b1 * m[i]) + ((1 - b1) * gi);
                vi = (b2 * v[i]) + ((1 - b2) * (gi * gi));
            }

            m[i] = mi;
            v[i] = vi;
            double si = vi, c2Used = c2;
            switch (options.AmsGrad)
            {
                case AmsGradForm.MaxOfV:
                    si = vMax[i] = Math.Max(vMax[i], vi);
                    break;
                case AmsGradForm.MaxOfBiasCorrectedV:
                    si = vMax[i] = Math.Max(vMax[i], vi / c2);
                    c2Used = 1;
                    break;
                default:
                    break;
            }

            double xi = x[i];
            if (pytorch)
            {
                double denom = (Math.Sqrt(si) / Math.Sqrt(c2Used)) + eps;
                if (decoupled)
                {
                    xi *= 1 - (alphaT * lambda);
                }

                xi += -(alphaT / c1) * ZeroOverZero(mi, denom);
            }
            else
            {
                double u = Direction(options.EpsilonPlacement, mi, si, c1, c2Used, eps);
                xi = decoupled ? xi - (alphaT * (u + (lambda * xi))) : xi - (alphaT * u);
            }

            x[i] = box is null ? xi : box.Project(xi);
        }

        state.T = t;
    }

    /// <summary>
    /// The step direction u_t,i of the state's last step, literally: for ε outside √v̂ it is
    /// (m_t/c1)/(√v̂_t + ε); its absolute value is the sign-like magnitude |m_t|/(√v_t+ε) of arXiv 2507.05966
    /// (with the variant's bias correction and ε placement). Zero before the first step.
    /// </summary>
    public static double Direction(AdamOptions options, AdamState state, int coordinate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        long t = state.T;
        if (t == 0)
        {
            return 0;
        }

        double c1 = options.BiasCorrection ? 1 - Math.Pow(options.Beta1, t) : 1;
        (double s, double c2) = Moment(options, state, coordinate);
        return Direction(options.EpsilonPlacement, state.M[coordinate], s, c1, c2, options.Epsilon);
    }

    /// <summary>
    /// v̂_t,i, the second moment the state's last step divided by (before its root and ε): v_t,i/c2 with c2 = 1 − β2ᵗ
    /// under bias correction (1 without), or AMSGrad's running maximum (of v, then corrected; or of v̂ itself). Zero
    /// before the first step.
    /// </summary>
    public static double SecondMoment(AdamOptions options, AdamState state, int coordinate)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        if (state.T == 0)
        {
            return 0;
        }

        (double s, double c2) = Moment(options, state, coordinate);
        return s / c2;
    }

    /// <summary>max_i |u_t,i|: the largest sign-like magnitude over the coordinates after the last step.</summary>
    public static double MaxAbsDirection(AdamOptions options, AdamState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        double max = 0;
        for (int i = 0; i < state.Dimension; i++)
        {
            double u = Math.Abs(Direction(options, state, i));
            if (u > max || double.IsNaN(u))
            {
                max = u;
            }
        }

        return max;
    }

    /// <summary>The second-moment value the last step used and the correction it divided by (t ≥ 1).</summary>
    private static (double S, double C2) Moment(AdamOptions options, AdamState state, int coordinate)
    {
        double c2 = options.BiasCorrection ? 1 - Math.Pow(options.Beta2, state.T) : 1;
        return options.AmsGrad switch
        {
            AmsGradForm.MaxOfV => (state.VMax[coordinate], c2),
            AmsGradForm.MaxOfBiasCorrectedV => (state.VMax[coordinate], 1),
            _ => (state.V[coordinate], c2),
        };
    }

    internal static void CheckDimensions(int dimension, int xLength, int gLength)
    {
        if (xLength != dimension || gLength != dimension)
        {
            throw new ArgumentException($"dimension mismatch: state has d = {dimension}, x has {xLength}, g has {gLength}.");
        }
    }

    private static double Direction(EpsilonPlacement placement, double m, double s, double c1, double c2, double eps) =>
        placement switch
        {
            EpsilonPlacement.OutsideCorrectedRoot => ZeroOverZero(m / c1, Math.Sqrt(s / c2) + eps),
            EpsilonPlacement.OutsideUncorrectedRoot => Math.Sqrt(c2) / c1 * ZeroOverZero(m, Math.Sqrt(s) + eps),
            _ => ZeroOverZero(m / c1, Math.Sqrt((s / c2) + eps)),
        };

    private static double ZeroOverZero(double numerator, double denominator) =>
        denominator == 0 && numerator == 0 ? 0 : numerator / denominator;

    /// <summary>torch.lerp's evaluation: start + w·(end − start) for w &lt; ½, else end − (end − start)·(1 − w).</summary>
    private static double Lerp(double start, double end, double weight) =>
        weight < 0.5 ? start + (weight * (end - start)) : end - ((end - start) * (1 - weight));
}
