#!/usr/bin/env python3
"""Time from exec to the first 200 on /healthz, median of N runs.

usage: startup.py BINARY PORT STATE_DIR UI_DIR [RUNS]
Polls the port every 0.5 ms with a raw HTTP request so the figure is not padded by a client.
"""
import os, socket, statistics, subprocess, sys, time

def first_ok(port, deadline):
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    while time.perf_counter() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as s:
                s.sendall(request)
                if s.recv(64).startswith(b"HTTP/1.1 200"):
                    return True
        except OSError:
            pass
        time.sleep(0.0005)
    return False

def main():
    binary, port, state, ui = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 11
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([binary, "serve", "--port", str(port), "--state-directory", state,
                                 "--ui-directory", ui], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ok = first_ok(port, start + 10)
        elapsed = (time.perf_counter() - start) * 1000
        proc.terminate()
        proc.wait(timeout=10)
        if not ok:
            sys.exit("no 200 on /healthz within 10 s")
        samples.append(elapsed)
    print(f"{statistics.median(samples):.1f} {min(samples):.1f} {max(samples):.1f}")

main()
