#!/usr/bin/env python3
"""Gradient replay for PyTorch optimizers (Adam.Verification, issue 5).

Reads an adamv-trace/1 replay request (initial parameters, per-step lr and gradient), feeds exactly those gradients
to a torch.optim optimizer and writes a recorded trace: parameters after every step and the optimizer state it
exposes (exp_avg -> m, exp_avg_sq -> v, max_exp_avg_sq -> vmax).

    python3 tools/torch_replay.py --request REQ.json --optimizer adam|adamw|amsgrad|<torch.optim class> --out TRACE.json
                                  [--dtype float64|float32] [--device cpu|cuda]

Needs only python3 and torch. Torch runs single-threaded (torch.set_num_threads(1)) so results are reproducible.
"""
import argparse
import json
import sys

import torch

PRESETS = {
    "adam": ("Adam", {"amsgrad": False}, "pytorch-adam"),
    "amsgrad": ("Adam", {"amsgrad": True}, "amsgrad-pytorch"),
    "adamw": ("AdamW", {"amsgrad": False}, "adamw"),
}


def fail(message):
    print(f"torch_replay: {message}", file=sys.stderr)
    sys.exit(2)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--request", required=True)
    parser.add_argument("--optimizer", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--dtype", default="float64", choices=["float64", "float32"])
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(1)

    try:
        with open(args.request, encoding="utf-8") as f:
            request = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"cannot read {args.request}: {e}")
    if request.get("format") != "adamv-trace/1":
        fail(f"{args.request}: format is {request.get('format')!r}, expected 'adamv-trace/1'")

    h = request["hyperparameters"]
    name, extra, variant = PRESETS.get(args.optimizer.lower(), (args.optimizer, {}, None))
    cls = getattr(torch.optim, name, None)
    if cls is None:
        fail(f"torch.optim has no optimizer {name!r}")
    kwargs = {"lr": h["lr"], "betas": (h["beta1"], h["beta2"]), "eps": h["eps"], "weight_decay": h["weight_decay"]}
    kwargs.update(extra)
    if name == "AdamW" and args.optimizer.lower() == "adamw":
        pass
    elif name == "Adam" and h.get("decoupled"):
        fail("the request asks for decoupled weight decay: use --optimizer adamw")

    dtype = getattr(torch, args.dtype)
    device = torch.device(args.device)
    p = torch.nn.Parameter(torch.tensor(request["initial"], dtype=dtype, device=device))
    try:
        opt = cls([p], **kwargs)
    except TypeError as e:
        fail(f"torch.optim.{name} does not accept {sorted(kwargs)}: {e}")

    steps = []
    for k, s in enumerate(request["steps"]):
        if s["t"] != k + 1:
            fail(f"{args.request}: steps[{k}].t is {s['t']}, expected {k + 1}")
        for group in opt.param_groups:
            group["lr"] = s["lr"]
        p.grad = torch.tensor(s["gradient"], dtype=dtype, device=device)
        opt.step()
        state = opt.state[p]
        record = {"t": s["t"], "lr": s["lr"], "gradient": s["gradient"], "parameters": p.detach().double().cpu().tolist()}
        for ours, theirs in (("m", "exp_avg"), ("v", "exp_avg_sq"), ("vmax", "max_exp_avg_sq")):
            if theirs in state:
                record[ours] = state[theirs].detach().double().cpu().tolist()
        steps.append(record)

    trace = {
        "format": "adamv-trace/1",
        "implementation": f"torch.optim.{name} {torch.__version__} ({device.type})",
        "variant": variant,
        "dtype": args.dtype,
        "hyperparameters": dict(h, amsgrad=bool(kwargs.get("amsgrad", False)), decoupled=(name == "AdamW")),
        "initial": request["initial"],
        "steps": steps,
    }
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(trace, f)


if __name__ == "__main__":
    main()
