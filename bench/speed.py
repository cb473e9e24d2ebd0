#!/usr/bin/env python3
"""Speed of vitrine against its two references on the same bytes, in one run.

Usage: speed.py DURATION ROUNDS OUT.md NAME=BASEURL... -- ROUTE...
For each round, each route, each server in turn (alternating, so a noisy neighbour hits all three
alike): `wrk -t2 -c64 -dDURATIONs --latency BASEURL+ROUTE`. Writes the Markdown table (medians of
the rounds, ratios against the first server) to OUT.md and prints one summary line.
"""
import re
import statistics
import subprocess
import sys

duration, rounds, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
split = sys.argv.index("--")
servers = [arg.split("=", 1) for arg in sys.argv[4:split]]
routes = sys.argv[split + 1:]


def wrk(url):
    text = subprocess.run(["wrk", "-t2", "-c64", f"-d{duration}s", "--latency", url],
                          check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups()
    return rps, float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


runs = {(route, name): [] for route in routes for name, _ in servers}
for _ in range(rounds):
    for route in routes:
        for name, base in servers:
            runs[(route, name)].append(wrk(base + route))

names = [name for name, _ in servers]
first = names[0]
rows, worst = [], {}
for route in routes:
    rps = {name: statistics.median(r for r, _ in runs[(route, name)]) for name in names}
    p99 = statistics.median(p for _, p in runs[(route, first)])
    ratios = [rps[first] / rps[name] for name in names[1:]]
    for name, ratio in zip(names[1:], ratios):
        worst[name] = min(worst.get(name, ratio), ratio)
    rows.append(f"| `{route}` | " + " | ".join(f"{rps[n]:.0f}" for n in names) + " | "
                + " | ".join(f"**{ratio:.2f}**" for ratio in ratios) + f" | {p99:.2f} ms |")

header = ("| route | " + " | ".join(f"{n} req/s" for n in names) + " | "
          + " | ".join(f"{first} / {n}" for n in names[1:]) + f" | {first} p99 |")
raw = "\n".join(f"- `{route}` {name}: " + "; ".join(f"{r:.0f} req/s p99 {p:.2f} ms" for r, p in runs[(route, name)])
                for route in routes for name in names)
with open(out, "w") as table:
    table.write(header + "\n|---|" + "---:|" * (2 * len(names)) + "\n" + "\n".join(rows) + "\n\nRaw runs:\n\n" + raw + "\n")
print(" ".join(f"worst {first}/{name} {ratio:.2f}" for name, ratio in worst.items()))
