namespace Adam.Verification.Theory.Optimizers;

/// <summary>Which running maximum of the second moment AMSGrad keeps (Reddi, Kale &amp; Kumar 2018, Alg. 2).</summary>
public enum AmsGradForm
{
    /// <summary>Plain Adam: the step uses v_t itself.</summary>
    None,

    /// <summary>
    /// v̂max_t = max(v̂max_{t−1}, v_t), the maximum of the raw second moment. With bias correction the maximum is
    /// then divided by (1−β2^t) (torch.optim.Adam(amsgrad=True)); without it, this is Reddi et al.'s Algorithm 2.
    /// </summary>
    MaxOfV,

    /// <summary>v̂max_t = max(v̂max_{t−1}, v_t/(1−β2^t)), the maximum of the bias-corrected moment (optax.amsgrad).</summary>
    MaxOfBiasCorrectedV,
}
