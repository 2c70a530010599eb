"""pytest example for optimizer implementers: record torch.optim.Adam on adamv's standard battery with
tools/adamv_record.py, then let `adamv conform --request` judge it (exit 0 = every request answered and in lock step).

    ADAMV="adamv" python3 -m pytest tools/examples/test_torch_adam_conforms.py

ADAMV is the command that runs adamv (default "adamv", the installed .NET tool; the suite's own test sets it to
"dotnet path/to/adamv.dll"). Replace make_step with your optimizer's.
"""
import os
import shlex
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import adamv_record  # noqa: E402

ADAMV = shlex.split(os.environ.get("ADAMV", "adamv"))


def make_step(request):
    h = request["hyperparameters"]
    dtype = getattr(torch, request["dtype"])
    p = torch.nn.Parameter(torch.tensor(request["initial"], dtype=dtype))
    cls = torch.optim.AdamW if h["decoupled"] else torch.optim.Adam
    opt = cls([p], lr=h["lr"], betas=(h["beta1"], h["beta2"]), eps=h["eps"], weight_decay=h["weight_decay"], amsgrad=h["amsgrad"])

    def step(lr, gradient):
        for group in opt.param_groups:
            group["lr"] = lr
        p.grad = torch.tensor(gradient, dtype=dtype)
        opt.step()
        state = opt.state[p]
        return {"parameters": p.detach().double().tolist(), "m": state["exp_avg"].double().tolist(), "v": state["exp_avg_sq"].double().tolist()}

    return step


@pytest.mark.parametrize("decoupled", [False, True])
def test_torch_adam_answers_and_conforms_to_the_standard_battery(tmp_path, decoupled):
    torch.set_num_threads(1)
    battery, recorded = tmp_path / "battery.json", tmp_path / "recorded.json"
    flags = ["--decoupled"] if decoupled else []
    subprocess.run(ADAMV + ["fingerprint", "--battery", "standard", "--battery-out", str(battery)] + flags, check=True)
    adamv_record.record_file(str(battery), str(recorded), make_step, f"torch.optim {torch.__version__}")
    preset = "adamw" if decoupled else "pytorch-adam"
    result = subprocess.run(ADAMV + ["conform", "--trace", str(recorded), "--request", str(battery), "--variant", preset], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all 6 requests agree and are answered" in result.stdout
