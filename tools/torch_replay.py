#!/usr/bin/env python3
"""Gradient replay for PyTorch optimizers (Adam.Verification).

Reads an adamv-trace/1 replay request or an adamv-battery/1 battery, feeds exactly its gradients to a torch.optim
optimizer and writes the recorded trace (or battery): parameters after every step and the optimizer state it exposes
(exp_avg -> m, exp_avg_sq -> v, max_exp_avg_sq -> vmax). Built on tools/adamv_record.py.

    python3 tools/torch_replay.py --request REQ.json --optimizer adam|adamw|amsgrad|<torch.optim class> --out TRACE.json
                                  [--dtype float64|float32|request] [--device cpu|cuda]

--dtype request (the default) records each request in its own dtype. Needs only python3 and torch. Torch runs
single-threaded (torch.set_num_threads(1)) so results are reproducible.
"""
import argparse
import inspect
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import adamv_record  # noqa: E402

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
    parser.add_argument("--dtype", default="request", choices=["request", "float64", "float32"])
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(1)

    name, extra, variant = PRESETS.get(args.optimizer.lower(), (args.optimizer, {}, None))
    cls = getattr(torch.optim, name, None)
    if cls is None:
        fail(f"torch.optim has no optimizer {name!r}")
    device = torch.device(args.device)

    def make_step(request):
        h = request["hyperparameters"]
        if name == "Adam" and h.get("decoupled"):
            fail("a request asks for decoupled weight decay: use --optimizer adamw")
        dtype_name = request["dtype"] if args.dtype == "request" else args.dtype
        request["dtype"] = dtype_name
        request["hyperparameters"] = dict(h, amsgrad=bool(extra.get("amsgrad", False)), decoupled=(name == "AdamW"))
        dtype = getattr(torch, dtype_name)
        kwargs = {"lr": h["lr"], "betas": (h["beta1"], h["beta2"]), "eps": h["eps"], "weight_decay": h["weight_decay"]}
        kwargs.update(extra)
        # Pass only what the optimizer takes (SGD has no betas, Adagrad no betas, RMSprop's smoothing is alpha = β2).
        accepted = inspect.signature(cls.__init__).parameters
        if "alpha" in accepted and "betas" not in accepted:
            kwargs["alpha"] = h["beta2"]
        kwargs = {k: v for k, v in kwargs.items() if k in accepted}
        p = torch.nn.Parameter(torch.tensor(request["initial"], dtype=dtype, device=device))
        try:
            opt = cls([p], **kwargs)
        except TypeError as e:
            fail(f"torch.optim.{name} does not accept {sorted(kwargs)}: {e}")

        def step(lr, gradient):
            for group in opt.param_groups:
                group["lr"] = lr
            p.grad = torch.tensor(gradient, dtype=dtype, device=device)
            opt.step()
            state = opt.state[p]
            out = {"parameters": p.detach().double().cpu().tolist()}
            for ours, theirs in (("m", "exp_avg"), ("v", "exp_avg_sq"), ("vmax", "max_exp_avg_sq")):
                if theirs in state:
                    out[ours] = state[theirs].detach().double().cpu().tolist()
            return out

        return step

    try:
        doc = adamv_record.load(args.request)
        adamv_record.write(args.out, adamv_record.record(doc, make_step, f"torch.optim.{name} {torch.__version__} ({device.type})", variant, args.request))
    except adamv_record.RequestError as e:
        fail(str(e))
    except OSError as e:
        fail(f"{e.filename or args.out}: {e.strerror}")


if __name__ == "__main__":
    main()
