#!/usr/bin/env python3
"""Record optimizer traces for `adamv conform` and `adamv fingerprint` (Adam.Verification).

A dependency-free module (standard library only; numpy optional, never required). It reads a replay request
(format "adamv-trace/1") or a battery of requests ("adamv-battery/1"), drives any optimizer through a step
function you supply, and writes the recorded trace or battery in the same shape:

    import adamv_record

    def make_step(request):
        # request: the request as a dict (dtype, hyperparameters, initial, steps). Build your optimizer here.
        opt = MyAdam(request["initial"], **request["hyperparameters"])
        def step(lr, gradient):
            opt.step(lr, gradient)                       # feed exactly this gradient with this learning rate
            return {"parameters": opt.x, "m": opt.m, "v": opt.v}   # "m", "v", "vmax" are optional
        return step

    adamv_record.record_file("battery.json", "recorded.json", make_step, implementation="MyAdam 1.0", variant="pytorch-adam")

From the command line, with the factory given as module:function (the module importable from the current directory
or PYTHONPATH):

    python3 tools/adamv_record.py --request battery.json --out recorded.json --step mymodule:make_step \
                                  [--implementation NAME] [--variant PRESET]

Then: adamv conform --trace recorded.json --request battery.json. The recorder echoes each request's gradients,
learning rates, hyper-parameters, dtype and initial point unchanged: `conform --request` checks that it did.
Values returned by the step function may be lists, tuples, numpy arrays or anything iterable of numbers.
"""
import argparse
import importlib
import json
import math
import os
import sys
import tempfile

TRACE_FORMAT = "adamv-trace/1"
BATTERY_FORMAT = "adamv-battery/1"
STATE_FIELDS = ("m", "v", "vmax")


class RequestError(ValueError):
    """A request or battery that cannot be recorded; the message names the file and the field."""


def load(path):
    """Reads a request or battery file and returns the parsed document (a dict)."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        raise RequestError(f"{path}: cannot read: {e}") from e
    if not isinstance(doc, dict) or doc.get("format") not in (TRACE_FORMAT, BATTERY_FORMAT):
        found = doc.get("format") if isinstance(doc, dict) else type(doc).__name__
        raise RequestError(f"{path}: $.format is {found!r}, expected {TRACE_FORMAT!r} or {BATTERY_FORMAT!r}")
    return doc


def requests(doc, source="request"):
    """The (name, request) pairs of a document: one pair named "trace" for a single request."""
    if doc["format"] == TRACE_FORMAT:
        return [("trace", doc)]
    entries = doc.get("requests")
    if not isinstance(entries, list) or not entries:
        raise RequestError(f"{source}: $.requests is missing or empty")
    pairs = []
    for k, entry in enumerate(entries):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not isinstance(entry.get("trace"), dict):
            raise RequestError(f"{source}: $.requests[{k}] needs a string 'name' and an object 'trace'")
        pairs.append((entry["name"], entry["trace"]))
    return pairs


def _vector(values, length, where):
    out = [float(x) for x in values]
    if len(out) != length:
        raise RequestError(f"{where} has {len(out)} entries, expected {length}")
    if not all(math.isfinite(x) for x in out):
        raise RequestError(f"{where} is not finite")
    return out


def record_request(request, make_step, implementation, variant=None, source="request"):
    """Records one request: calls make_step(request) once, then step(lr, gradient) per step; returns the trace dict."""
    if request.get("format") != TRACE_FORMAT:
        raise RequestError(f"{source}: $.format is {request.get('format')!r}, expected {TRACE_FORMAT!r}")
    if not isinstance(request.get("initial"), list) or not request["initial"]:
        raise RequestError(f"{source}: $.initial is missing or not a non-empty array")
    if not isinstance(request.get("steps"), list) or not request["steps"]:
        raise RequestError(f"{source}: $.steps is missing or not a non-empty array")
    d = len(request["initial"])
    for k, s in enumerate(request["steps"]):
        if not isinstance(s, dict):
            raise RequestError(f"{source}: $.steps[{k}] is not an object")
        if s.get("t") != k + 1:
            raise RequestError(f"{source}: $.steps[{k}].t is {s.get('t')!r}, expected {k + 1}")
        if not isinstance(s.get("lr"), (int, float)) or isinstance(s.get("lr"), bool):
            raise RequestError(f"{source}: $.steps[{k}].lr is missing or not a number")
        if not isinstance(s.get("gradient"), list) or len(s["gradient"]) != d:
            raise RequestError(f"{source}: $.steps[{k}].gradient is missing or not an array of {d} numbers")
    step = make_step(request)
    steps = []
    for k, s in enumerate(request["steps"]):
        result = step(s["lr"], list(s["gradient"]))
        if not isinstance(result, dict) or "parameters" not in result:
            raise RequestError(f"step function returned {type(result).__name__} at step {k + 1}; return a dict with 'parameters' (and optionally 'm', 'v', 'vmax')")
        recorded = {"t": s["t"], "lr": s["lr"], "gradient": s["gradient"],
                    "parameters": _vector(result["parameters"], d, f"step {k + 1}: parameters")}
        for field in STATE_FIELDS:
            if result.get(field) is not None:
                recorded[field] = _vector(result[field], d, f"step {k + 1}: {field}")
        steps.append(recorded)
    trace = dict(request)
    trace.update({"implementation": implementation, "variant": variant, "steps": steps})
    return trace


def record(doc, make_step, implementation, variant=None, source="request"):
    """Records a request or a battery document; returns a document of the same shape with recorded traces."""
    pairs = requests(doc, source)
    if doc["format"] == TRACE_FORMAT:
        return record_request(doc, make_step, implementation, variant, source)
    out = []
    for (name, request), entry in zip(pairs, doc["requests"]):
        out.append({"name": name, "purpose": entry.get("purpose", ""),
                    "trace": record_request(request, make_step, implementation, variant, f"{source}: request {name!r}")})
    return {"format": BATTERY_FORMAT, "battery": doc.get("battery", "battery"), "requests": out}


def write(path, doc):
    """Writes a document atomically (a temporary file in the same directory, then a rename)."""
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".adamv-", suffix=".json", dir=directory)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp creates 0600; give the file the mode open() would
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, allow_nan=False)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def record_file(request_path, out_path, make_step, implementation, variant=None):
    """Reads request_path, records every request with make_step, writes out_path."""
    write(out_path, record(load(request_path), make_step, implementation, variant, request_path))


def _factory(spec):
    module, _, function = spec.partition(":")
    if not module or not function:
        raise RequestError(f"--step {spec!r}: expected module:function")
    sys.path.insert(0, os.getcwd())
    try:
        return getattr(importlib.import_module(module), function)
    except (ImportError, AttributeError) as e:
        raise RequestError(f"--step {spec!r}: {e}") from e


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--request", required=True, help="an adamv-trace/1 request or adamv-battery/1 battery")
    parser.add_argument("--out", required=True, help="where to write the recorded trace or battery")
    parser.add_argument("--step", required=True, help="module:function, a factory make_step(request) -> step(lr, gradient) -> dict")
    parser.add_argument("--implementation", default=None, help="the name written in the trace (default: the --step value)")
    parser.add_argument("--variant", default=None, help="the preset the implementation claims to be (optional)")
    args = parser.parse_args(argv)
    try:
        record_file(args.request, args.out, _factory(args.step), args.implementation or args.step, args.variant)
    except RequestError as e:
        print(f"adamv_record: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"adamv_record: {e.filename or args.out}: {e.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
