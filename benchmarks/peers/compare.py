#!/usr/bin/env python3
"""The start-up peer of `hwcalc compare A B` (issue 17): a Python script with PyYAML's C loader
that loads every sheet of a folder, resolves ids and aliases, sums parts and prints compare's six
figures (FP16 dense; tensor, else vector; parts summed when a sheet declares no figure).
Not a second implementation to trust: no checks, no sources, no caveats; only the work a
script must do at least, to time against.   usage: compare.py SPECS_DIR A B"""
import os, re, sys
import yaml
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it

SCALE = {"": 1, "K": 1e3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18}
def quantity(text):
    """'170 TFLOPS' -> 1.7e14, '3.35 TB/s' -> 3.35e12, '10.2 kW' -> 10200, '129000 USD' -> 129000."""
    m = re.match(r"\s*\$?([0-9][0-9,]*\.?[0-9]*(?:[eE][-+]?[0-9]+)?)\s*([A-Za-z]?)", str(text))
    value, prefix = float(m.group(1).replace(",", "")), m.group(2)
    rest = str(text)[m.end():].strip()  # what follows a metric prefix: FLOPS, B/s, W
    if prefix in SCALE and rest[:1] in ("F", "B", "W", "O"):
        return value * SCALE[prefix]
    return value

def load(folder):
    sheets, names = {}, {}
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "claims")
        for f in sorted(files):
            if f.endswith((".yaml", ".yml")):
                with open(os.path.join(root, f), "rb") as fh:
                    s = yaml.load(fh, Loader=Loader)
                if isinstance(s, dict) and "id" in s:
                    sheets[s["id"]] = s
                    for a in s.get("aliases") or []:
                        names[a] = s["id"]
    names.update({i: i for i in sheets})
    return sheets, names

def declared(s, core):
    for t in s.get("throughput") or []:
        if t["precision"] == "fp16" and t["sparsity"] == "dense" and t["core"] == core \
                and t.get("accumulate", "fp32") == "fp32":
            return quantity(t["value"])
    return None

def summed(sheets, names, s, figure):
    """The sheet's own figure, else the compute parts' figures times their counts."""
    own = figure(s)
    if own is not None:
        return own
    parts = [p for p in s.get("parts") or [] if p.get("role", "compute") == "compute"]
    values = [(p["count"], summed(sheets, names, sheets[names[p["id"]]], figure)) for p in parts]
    return sum(c * v for c, v in values) if values and all(v is not None for _, v in values) else None

def peak(sheets, names, s):
    for core in ("tensor", "vector"):
        v = summed(sheets, names, s, lambda x: declared(x, core))
        if v is not None:
            return v
    return None

def field(*path):
    def get(s):
        for k in path:
            s = (s or {}).get(k) if isinstance(s, dict) else None
        return quantity(s["value"]) if isinstance(s, dict) and "value" in s else None
    return get

def main(folder, a, b):
    sheets, names = load(folder)
    rows = []
    for n in (a, b):
        s = sheets[names[n]]
        flops = peak(sheets, names, s)
        price = quantity(s["prices"][0]["amount"]) if s.get("prices") else None
        power = summed(sheets, names, s, lambda x: field("power", "tdp")(x) or field("power", "max")(x))
        bandwidth = summed(sheets, names, s, field("memory", "bandwidth"))
        rows.append((s["id"], flops, price, power, bandwidth))
    print("metric (FP16 dense)  " + "  ".join(r[0] for r in rows))
    figures = [("peak TFLOPS", lambda r: r[1] / 1e12), ("price USD", lambda r: r[2]),
               ("usd-per-tflops", lambda r: r[2] / (r[1] / 1e12)), ("flops-per-usd GFLOPS/USD", lambda r: r[1] / r[2] / 1e9),
               ("flops-per-watt GFLOPS/W", lambda r: r[1] / r[3] / 1e9), ("bytes-per-flop", lambda r: r[4] / r[1])]
    for name, f in figures:
        print(f"{name:26s}" + "".join(f"  {f(r):12.4g}" for r in rows))

if __name__ == "__main__":
    main(*sys.argv[1:4])
