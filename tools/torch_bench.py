#!/usr/bin/env python3
"""PyTorch side of `adamv bench train`: times the same work as the C# engine, single-threaded, and prints JSON.

Usage: python3 tools/torch_bench.py --data DIGITS.bin.gz --repeats R [--adam-dimension D]

Workloads (the mini-MNIST training set, 5,500 images, full batch, float32):
  mlp     one epoch of the 784-1000-1000-1000-10 ReLU MLP: forward, backward, torch.optim.Adam.step()
  lenet   one epoch of LeNet-5 (conv 1-6 5x5 pad 2, pool, conv 6-16 5x5, pool, 400-120-84-10), same steps
  hvp     one exact Hessian-vector product of the MLP loss (double backward), for the HVP/gradient ratio
  adam    torch.optim.Adam.step() alone on one float32 tensor of D parameters
Each figure is the median of R timed repetitions after one warm-up. Needs only python3 and torch.

With --serve the script prepares the workloads, runs each once (warm-up), prints {"ready": …} and then answers one
line per request on stdin (mlp, lenet, gradient, hvp, adam) with the seconds one run took, so that `adamv bench train`
can interleave its repeats with the C# engine's and TorchSharp's; an empty line or end of input ends it.
"""
import argparse, json, os, statistics, sys, time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_runner import load_digits, split  # noqa: E402  (the digits loader lives in the stand-alone runner)

torch.set_num_threads(1)


def load(path):
    """Mini-MNIST training set (images 0-549 of each digit), with the loader tools/torch_runner.py uses."""
    train, train_y, _, _ = split(load_digits(path, torch.device("cpu")), 550, torch.device("cpu"))
    return train, train_y


def median_time(fn, repeats):
    fn()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def mlp():
    return nn.Sequential(nn.Linear(784, 1000), nn.ReLU(), nn.Linear(1000, 1000), nn.ReLU(), nn.Linear(1000, 1000), nn.ReLU(), nn.Linear(1000, 10))


def lenet():
    return nn.Sequential(nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))


def epoch(model, x, y):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    def run():
        opt.zero_grad()
        F.cross_entropy(model(x), y).backward()
        opt.step()
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--adam-dimension", type=int, default=10_000_000)
    parser.add_argument("--only", default="mlp,lenet,hvp,adam")
    parser.add_argument("--serve", action="store_true")
    args = parser.parse_args()
    torch.manual_seed(0)
    x, y = load(args.data)
    wanted = set(args.only.split(","))
    if args.serve:
        serve(prepare(x, y, wanted, args.adam_dimension))
        return
    out = {"torch": torch.__version__, "threads": torch.get_num_threads(), "blas": "openblas" if "openblas" in torch.__config__.show().lower() else "other"}
    if "mlp" in wanted:
        out["mlp_epoch_s"] = median_time(epoch(mlp(), x, y), args.repeats)
    if "lenet" in wanted:
        out["lenet_epoch_s"] = median_time(epoch(lenet(), x.view(-1, 1, 28, 28), y), args.repeats)
    if "hvp" in wanted:
        model = mlp()
        params = list(model.parameters())
        vs = [torch.randn_like(p) for p in params]

        def grad():
            return torch.autograd.grad(F.cross_entropy(model(x), y), params)

        def hvp():
            g = torch.autograd.grad(F.cross_entropy(model(x), y), params, create_graph=True)
            return torch.autograd.grad(g, params, grad_outputs=vs)
        out["mlp_gradient_s"] = median_time(grad, args.repeats)
        out["mlp_hvp_s"] = median_time(hvp, args.repeats)
    if "adam" in wanted:
        p = torch.zeros(args.adam_dimension, requires_grad=True)
        p.grad = torch.randn(args.adam_dimension)
        opt = torch.optim.Adam([p], lr=1e-3)
        out["adam_step_s"] = median_time(opt.step, max(args.repeats, 5))
    json.dump(out, sys.stdout)
    print()


def prepare(x, y, wanted, adam_dimension):
    """The workloads as callables, by the names the C# side uses."""
    work = {}
    if "mlp" in wanted:
        work["mlp"] = epoch(mlp(), x, y)
    if "lenet" in wanted:
        work["lenet"] = epoch(lenet(), x.view(-1, 1, 28, 28), y)
    if "hvp" in wanted:
        model = mlp()
        params = list(model.parameters())
        vs = [torch.randn_like(p) for p in params]
        work["gradient"] = lambda: torch.autograd.grad(F.cross_entropy(model(x), y), params)

        def hvp():
            g = torch.autograd.grad(F.cross_entropy(model(x), y), params, create_graph=True)
            return torch.autograd.grad(g, params, grad_outputs=vs)
        work["hvp"] = hvp
    if "adam" in wanted:
        p = torch.zeros(adam_dimension, requires_grad=True)
        p.grad = torch.randn(adam_dimension)
        work["adam"] = torch.optim.Adam([p], lr=1e-3).step
    return work


def serve(work):
    for fn in work.values():
        fn()
    print(json.dumps({"ready": sorted(work), "torch": torch.__version__, "threads": torch.get_num_threads()}), flush=True)
    for line in sys.stdin:
        name = line.strip()
        if not name:
            break
        if name not in work:
            print(json.dumps({"error": f"unknown workload {name!r}"}), flush=True)
            continue
        start = time.perf_counter()
        work[name]()
        print(json.dumps({"seconds": time.perf_counter() - start}), flush=True)


if __name__ == "__main__":
    main()
