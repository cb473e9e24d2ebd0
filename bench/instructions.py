#!/usr/bin/env python3
"""Instructions per request of a server under callgrind (repeatable on a busy shared box).

Usage: bench/instructions.py ROUTE N -- SERVER-COMMAND...   (the word PORT in the command is
replaced by a free port). The server starts under `valgrind --tool=callgrind --instr-atstart=no`;
after 50 warm-up GETs, instrumentation is switched on (`callgrind_control -i on`), N keep-alive
GETs of ROUTE are sent one after another on one connection, and the total instruction count is
divided by N. Prints "ROUTE INSTRUCTIONS MEMSET": MEMSET is the share of libc's memset (per
request), which valgrind counts per byte for `rep stosb`. With BENCH_KEEP=DIR set, the callgrind
files are kept in DIR (for `callgrind_annotate`).
"""
import glob
import http.client
import os
import re
import socket
import subprocess
import sys
import time

route, n = sys.argv[1], int(sys.argv[2])
command = sys.argv[sys.argv.index("--") + 1:]
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
out = f"/tmp/instructions.{os.getpid()}.out"
server = subprocess.Popen(["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
                          + [part.replace("PORT", str(port)) for part in command],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def get(count):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    for _ in range(count):
        connection.request("GET", route)
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status


try:
    for _ in range(1500):  # up to 5 minutes: valgrind starts the daemon slowly on a busy box
        try:
            get(1)
            break
        except (OSError, AssertionError):  # not listening yet, or 503 until ready (/healthz)
            time.sleep(0.2)
    get(50)
    subprocess.run(["callgrind_control", "-i", "on", str(server.pid)], stdout=subprocess.DEVNULL, check=True)
    get(n)
    subprocess.run(["callgrind_control", "-i", "off", str(server.pid)], stdout=subprocess.DEVNULL, check=True)
finally:
    server.terminate()
    server.wait()
total = memset = 0
for path in glob.glob(out + "*"):
    for line in open(path):
        if match := re.match(r"(?:summary|totals): (\d+)", line):
            total = max(total, int(match.group(1)))
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=no", path], capture_output=True, text=True).stdout
    memset += sum(int(line.split()[0].replace(",", "")) for line in annotated.splitlines() if "memset" in line and line.strip()[0].isdigit())
    if keep := os.environ.get("BENCH_KEEP"):
        os.makedirs(keep, exist_ok=True)
        os.replace(path, os.path.join(keep, f"{os.path.basename(command[0])}{route.replace('/', '_')}{path[len(out):]}.out"))
    else:
        os.remove(path)
print(route, round(total / n), round(memset / n))
