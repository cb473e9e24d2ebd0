#!/usr/bin/env python3
"""Soak run: the kiosk under a mixed load (bench/mixed.lua, wrk) for MINUTES, its RSS sampled
every 10 s. Prints a Markdown section: RSS after the first minute, at the end, the peak, growth.

usage: soak.py VITRINE_BINARY WORK_DIR MINUTES
"""
import os, subprocess, sys, time, urllib.request

BIN, WORK, MINUTES = sys.argv[1], sys.argv[2], float(sys.argv[3])
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
os.makedirs(WORK, exist_ok=True)
subprocess.run([BIN, "admin", "demo", "--state-directory", WORK], cwd=ROOT, env=ENV, check=True, capture_output=True)
port = 18000 + os.getpid() % 1000
daemon = subprocess.Popen([BIN, "serve", "--port", str(port), "--state-directory", WORK, "--log-level", "warning"],
                          cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1); break
    except OSError: time.sleep(0.1)

def rss():
    with open(f"/proc/{daemon.pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024

seconds = int(MINUTES * 60)
load = subprocess.Popen(["wrk", "-t1", "-c8", f"-d{seconds}s", "-s", os.path.join(ROOT, "bench/mixed.lua"), f"http://127.0.0.1:{port}"],
                        stdout=subprocess.PIPE, text=True)
samples = []
start = time.monotonic()
while load.poll() is None:
    samples.append((time.monotonic() - start, rss()))
    time.sleep(10)
report = load.stdout.read()
requests = next((line.split()[0] for line in report.splitlines() if "requests in" in line), "?")
rate = next((line.split()[1] for line in report.splitlines() if line.startswith("Requests/sec")), "?")
alive = daemon.poll() is None
with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as r: healthy = r.status == 200
daemon.terminate(); daemon.wait()
after_warmup = next((value for t, value in samples if t >= 60), samples[0][1])
final, peak = samples[-1][1], max(value for _, value in samples)
growth = (final - after_warmup) / after_warmup * 100
print(f"""## Soak: {MINUTES:g} minutes of mixed load

`python3 bench/soak.py BIN WORK {MINUTES:g}`: `wrk -t1 -c8 -d{seconds}s -s bench/mixed.lua` (UI files, the demo page,
its QR code, vCard and poster, the directory, the diagnostic, a new visit every tenth request), RSS
(`VmRSS`) sampled every 10 s ({len(samples)} samples).

| figure | value | budget |
|---|---:|---:|
| requests served | {requests} ({rate} req/s) | |
| RSS after the first minute → at the end | {after_warmup:.1f} MB → {final:.1f} MB (growth {growth:+.1f} %) | ≤ +10 % |
| peak RSS | {peak:.1f} MB | ≤ 40 MB |
| daemon alive and `/healthz` 200 at the end | {"yes" if alive and healthy else "NO"} | yes |

RSS every minute (MB): {", ".join(f"{value:.1f}" for t, value in samples if int(t) % 60 < 10)}
""")
