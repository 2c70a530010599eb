"""A plain-Python Adam (no numpy, no torch) recorded with tools/adamv_record.py: the smallest example of an
implementation under test. Kingma & Ba's Algorithm 1 with ε outside the corrected root; weight decay is L2 (added to
the gradient) unless the request says decoupled, then AdamW's x <- x - lr*wd*x before the step.

    python3 tools/adamv_record.py --request battery.json --out recorded.json --step python_adam:make_step --variant kingma-ba

(run from tools/examples, or with tools/examples on PYTHONPATH). Set PYTHON_ADAM_BUG=skip-v-correction to plant a bug.
"""
import math
import os


def make_step(request):
    h = request["hyperparameters"]
    b1, b2, eps, wd, decoupled = h["beta1"], h["beta2"], h["eps"], h["weight_decay"], h["decoupled"]
    x = [float(v) for v in request["initial"]]
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    bug = os.environ.get("PYTHON_ADAM_BUG", "")
    t = 0

    def step(lr, gradient):
        nonlocal t
        t += 1
        c1 = 1 - b1 ** t
        c2 = 1 if bug == "skip-v-correction" else 1 - b2 ** t
        for i, g in enumerate(gradient):
            if wd > 0 and not decoupled:
                g = g + wd * x[i]
            m[i] = b1 * m[i] + (1 - b1) * g
            v[i] = b2 * v[i] + (1 - b2) * g * g
            if wd > 0 and decoupled:
                x[i] -= lr * wd * x[i]
            x[i] -= lr * (m[i] / c1) / (math.sqrt(v[i] / c2) + eps)
        return {"parameters": list(x), "m": list(m), "v": list(v)}

    return step
