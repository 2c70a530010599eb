#!/usr/bin/env python3
"""Runs an adamv experiment spec with PyTorch (CUDA when available) and writes an experiment trace.

    python3 tools/torch_runner.py --spec SPEC.json --out TRACE.json [--data mnist-digits.bin.gz] [--device cuda|cpu]

The spec (format adamv-experiment-spec/1) comes from `adamv experiment NAME --scale S --spec-out SPEC.json`; the
trace (format adamv-experiment-trace/1) is judged by `adamv experiment --from-trace TRACE.json`. Only python3 and
torch are needed, so a GPU machine without .NET can run it; copy the digits file along
(Empirical/Data/mnist-digits.bin.gz, written by tools/make_mnist.py).

Per arm, as the C# runner does: the network (PyTorch's default initialisation, seeded), Algorithm 2 of arXiv
2309.08339 (K-hat = max over N draws of W = default initialisation x s of the Hessian's spectral norm, by power
iteration on exact Hessian-vector products), L(w0), alpha_ours = sqrt(2 L(w0) / (K-hat T)), then T epochs of
torch.optim.Adam with the spec's per-epoch step sizes, recording the full-batch loss, the gradient norm and the test
accuracy after every epoch. float32 throughout.
"""
import argparse, gzip, json, math, struct, sys, time

import torch
import torch.nn as nn
import torch.nn.functional as F


def load_digits(path, device):
    raw = gzip.open(path, "rb").read()
    if raw[:8] != b"ADAMVMN1":
        sys.exit(f"{path}: not an adamv digits file (magic ADAMVMN1)")
    count, rows, cols = struct.unpack("<3i", raw[8:20])
    per_digit = struct.unpack("<10i", raw[20:60])
    pixels = torch.frombuffer(bytearray(raw[60:60 + count * rows * cols]), dtype=torch.uint8).float().div_(255).view(count, rows * cols)
    by_digit, start = [], 0
    for n in per_digit:
        by_digit.append(pixels[start:start + n])
        start += n
    return [d.to(device) for d in by_digit]


def split(by_digit, train_per_class, device):
    train = torch.cat([d[:train_per_class] for d in by_digit])
    train_y = torch.cat([torch.full((train_per_class,), k, dtype=torch.long) for k in range(10)]).to(device)
    test = torch.cat([d[550:650] for d in by_digit])
    test_y = torch.cat([torch.full((100,), k, dtype=torch.long) for k in range(10)]).to(device)
    return train, train_y, test, test_y


def build(arch):
    if arch["kind"] == "lenet":
        return nn.Sequential(nn.Unflatten(1, (1, 28, 28)), nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
                             nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                             nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10))
    layers, width, previous = [], arch["width"], 784
    for _ in range(arch["depth"]):
        layers += [nn.Linear(previous, width), nn.ReLU()]
        previous = width
    layers.append(nn.Linear(previous, 10))
    return nn.Sequential(*layers)


def full_loss(model, x, y, chunk=2048):
    total = 0.0
    for i in range(0, x.shape[0], chunk):
        total = total + F.cross_entropy(model(x[i:i + chunk]), y[i:i + chunk], reduction="sum")
    return total / x.shape[0]


def accuracy(model, x, y):
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def spectral_norm(model, x, y, iterations, generator):
    params = [p for p in model.parameters()]
    v = [torch.randn(p.shape, generator=generator).to(p.device) for p in params]
    norm = math.sqrt(sum((t * t).sum().item() for t in v))
    v = [t / norm for t in v]
    estimate, previous, calm = 0.0, None, 0
    for _ in range(iterations):
        g = torch.autograd.grad(full_loss(model, x, y), params, create_graph=True)
        hv = torch.autograd.grad(g, params, grad_outputs=v)
        estimate = math.sqrt(sum((t * t).sum().item() for t in hv))
        if estimate == 0:
            return 0.0, True
        v = [t.detach() / estimate for t in hv]
        if previous is not None and abs(estimate - previous) <= 1e-3 * estimate:
            calm += 1
            if calm >= 2:
                return estimate, True
        else:
            calm = 0
        previous = estimate
    return estimate, False


def smoothness(arm, scale, x, y, device, cache):
    k = arm["khat"]
    key = (json.dumps(arm["architecture"], sort_keys=True), arm["train_per_class"], k["samples"], k["power_iterations"], scale, arm["seed"])
    if key in cache:
        return cache[key]
    generator = torch.Generator().manual_seed((arm["seed"] + 2) % 2**63)
    per_sample, unconverged = [], 0
    for n in range(k["samples"]):
        torch.manual_seed((arm["seed"] * 1000 + 7 + n) % 2**63)
        model = build(arm["architecture"]).to(device)
        with torch.no_grad():
            for p in model.parameters():
                p.mul_(scale)
        value, converged = spectral_norm(model, x, y, k["power_iterations"], generator)
        per_sample.append(value)
        unconverged += 0 if converged else 1
    cache[key] = (max(per_sample), per_sample, unconverged)
    return cache[key]


def calibrate(alpha_at, target, low=1.0, high=16.0, tolerance=0.01, max_steps=12):
    """W's scale s with alpha_ours(s) within tolerance of target: Illinois regula falsi on ln s, as ScaleCalibration.Find."""
    def f(u):
        alpha = alpha_at(math.exp(u))
        return math.log(alpha) - math.log(target) if alpha > 0 else -math.inf
    a, b = math.log(low), math.log(high)
    fa = f(a)
    if not fa > 0:
        return low
    fb = f(b)
    if not fb < 0:
        return high
    c, side = a, 0
    for _ in range(max_steps):
        c = (a * fb - b * fa) / (fb - fa)
        fc = f(c)
        if abs(fc) <= math.log(1 + tolerance):
            break
        if fc < 0:
            b, fb = c, fc
            if side == -1:
                fa /= 2
            side = -1
        else:
            a, fa = c, fc
            if side == 1:
                fb /= 2
            side = 1
    return math.exp(c)


def finite(value):
    return value if math.isfinite(value) else ("NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity"))


def run_arm(arm, by_digit, device, cache, log):
    x, y, tx, ty = split(by_digit, arm["train_per_class"], device)
    torch.manual_seed(arm["seed"] % 2**63)
    model = build(arm["architecture"]).to(device)
    initial_loss = full_loss(model, x, y).item()
    epochs = arm["epochs"]

    def alpha_at(scale):
        return math.sqrt(2 * initial_loss / (smoothness(arm, scale, x, y, device, cache)[0] * epochs))

    target = arm["khat"].get("target_alpha_ours")
    scale = calibrate(alpha_at, target) if target is not None else arm["khat"]["sampling_scale"]
    k_hat, per_sample, unconverged = smoothness(arm, scale, x, y, device, cache)
    alpha_ours = math.sqrt(2 * initial_loss / (k_hat * epochs))
    alphas = arm["alphas"] if arm["alphas"] is not None else [arm["alpha_ours_factor"] * alpha_ours] * epochs
    optimizer = torch.optim.Adam(model.parameters(), lr=alphas[0], betas=(arm["beta1"], arm["beta2"]), eps=arm["rho"])
    shuffle = torch.Generator().manual_seed((arm["seed"] + 3) % 2**63)

    def measure(epoch, alpha):
        model.zero_grad()
        loss = full_loss(model, x, y)
        loss.backward()
        norm = math.sqrt(sum((p.grad.double() * p.grad.double()).sum().item() for p in model.parameters()))
        return {"epoch": epoch, "loss": finite(loss.item()), "grad_norm": finite(norm), "test_accuracy": accuracy(model, tx, ty), "alpha": alpha}

    records = [measure(0, 0.0)]
    batch = arm["batch_size"]
    for epoch in range(1, epochs + 1):
        alpha = alphas[epoch - 1]
        for group in optimizer.param_groups:
            group["lr"] = alpha
        if batch is None or batch >= x.shape[0]:
            optimizer.step()  # measure() left the full-batch gradient at w in .grad
        else:
            order = torch.randperm(x.shape[0], generator=shuffle).to(device)
            for i in range(0, x.shape[0], batch):
                index = order[i:i + batch]
                optimizer.zero_grad()
                F.cross_entropy(model(x[index]), y[index]).backward()
                optimizer.step()
        records.append(measure(epoch, alpha))
        if isinstance(records[-1]["loss"], str):
            break
    log(f"  {arm['label']}: K-hat {k_hat:.4g}, alpha_ours {alpha_ours:.4g}, final grad norm {records[-1]['grad_norm']}")
    return {"label": arm["label"], "schedule": arm["schedule"], "is_alpha_ours": arm["is_alpha_ours"], "k_hat": k_hat,
            "k_hat_samples": per_sample, "initial_loss": initial_loss, "alpha_ours": alpha_ours,
            "sampling_scale": scale, "unconverged": unconverged, "epochs": records}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--data", default="Empirical/Data/mnist-digits.bin.gz")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    args = parser.parse_args()
    spec = json.load(open(args.spec, encoding="utf-8"))
    if spec.get("format") != "adamv-experiment-spec/1":
        sys.exit(f"{args.spec}: format is {spec.get('format')!r}, expected 'adamv-experiment-spec/1'")
    device = torch.device(args.device)
    if device.type == "cpu":
        torch.set_num_threads(max(1, torch.get_num_threads()))
    by_digit = load_digits(args.data, device)
    started, cache = time.time(), {}
    arms = [run_arm(arm, by_digit, device, cache, lambda m: print(m, file=sys.stderr, flush=True)) for arm in spec["arms"]]
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu"
    out = {"format": "adamv-experiment-trace/1", "experiment": spec["experiment"], "scale": spec["scale"], "question": spec["question"],
           "implementation": f"torch {torch.__version__}", "device": f"{device.type} ({name})", "elapsed_s": time.time() - started, "arms": arms}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
