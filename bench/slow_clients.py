"""Slow and idle clients from many addresses against a running daemon, while the kiosk's screen
(127.0.0.1) and a fresh client from another address load `/` every half second.

The crowd: SOCKETS connections from ADDRESSES loopback addresses (127.0.x.y, two per address by
default), half idle (connected, silent), half trickling one header byte every 2 s; a socket the
daemon closes is opened again after 1 s, so the pressure lasts the whole run.

    python3 bench/slow_clients.py PORT [SECONDS] [SOCKETS] [ADDRESSES] [--path=/healthz]
    python3 bench/slow_clients.py --section BIN [SECONDS]

The first prints one line of figures against a daemon already running; the second starts
`BIN serve` and then `BIN hub` on free ports with fresh state directories, runs the crowd
against each and prints the BENCHMARKS.md section. Used by Tests/e2e/test_abuse.py and
scripts/bench."""
import http.client
import os
import subprocess
import tempfile
import selectors
import socket
import sys
import threading
import time


def crowd_address(index, addresses):
    n = index % addresses
    return f"127.0.{10 + n // 250}.{2 + n % 250}"


class Crowd:
    """The slow and idle sockets, driven by one selector loop in a thread."""

    def __init__(self, port, sockets, addresses):
        self.port, self.sockets, self.addresses = port, sockets, addresses
        self.stop = threading.Event()
        self.opened = 0
        self.closed_by_server = 0
        self.peak_open = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _connect(self, index):
        s = socket.socket()
        s.setblocking(False)
        s.bind((crowd_address(index, self.addresses), 0))
        try:
            s.connect(("127.0.0.1", self.port))
        except BlockingIOError:
            pass
        self.opened += 1
        return s

    def _run(self):
        selector = selectors.DefaultSelector()
        live = {}          # index -> socket
        started = set()    # trickling sockets that sent their request line
        retry_at = {}      # index -> time to reconnect
        next_byte = time.monotonic()
        for index in range(self.sockets):
            live[index] = self._connect(index)
            selector.register(live[index], selectors.EVENT_READ, index)
        while not self.stop.is_set():
            for key, _ in selector.select(timeout=0.1):
                index, s = key.data, key.fileobj
                try:
                    data = s.recv(4096)
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    data = b""
                if not data:
                    selector.unregister(s)
                    s.close()
                    del live[index]
                    started.discard(index)
                    self.closed_by_server += 1
                    retry_at[index] = time.monotonic() + 1.0
            now = time.monotonic()
            for index in [i for i, t in retry_at.items() if t <= now]:
                del retry_at[index]
                try:
                    live[index] = self._connect(index)
                    selector.register(live[index], selectors.EVENT_READ, index)
                except OSError:
                    retry_at[index] = now + 0.5
            if now >= next_byte:
                next_byte = now + 2
                for index, s in live.items():
                    if index % 2:
                        try:
                            s.send(b"b" if index in started else b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-a: ")
                            started.add(index)
                        except OSError:
                            pass
            self.peak_open = max(self.peak_open, len(live))
        for s in live.values():
            s.close()

    def start(self):
        self.thread.start()

    def finish(self):
        self.stop.set()
        self.thread.join(10)


def load_page(port, source, path="/", timeout=5):
    """One fresh connection from `source`; returns (ok, seconds)."""
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request("GET", path)
        reply = connection.getresponse()
        reply.read()
        ok = reply.status == 200
    except (OSError, http.client.HTTPException):
        ok = False
    finally:
        connection.close()
    return ok, time.monotonic() - start


def visitor(port, source, path, stop, results):
    while not stop.is_set():
        results.append(load_page(port, source, path))
        time.sleep(0.5)


def run(port, seconds=30, sockets=1500, addresses=750, warmup=3, path="/"):
    crowd = Crowd(port, sockets, addresses)
    crowd.start()
    time.sleep(warmup)
    stop = threading.Event()
    screen, fresh = [], []
    threads = [threading.Thread(target=visitor, args=(port, "127.0.0.1", path, stop, screen), daemon=True),
               threading.Thread(target=visitor, args=(port, "127.0.9.250", path, stop, fresh), daemon=True)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(10)
    crowd.finish()
    fast = lambda rs: sum(1 for ok, dt in rs if ok and dt < 1)
    return {
        "sockets": sockets, "addresses": addresses, "seconds": seconds,
        "crowd_opened": crowd.opened, "crowd_closed_by_server": crowd.closed_by_server, "crowd_peak_open": crowd.peak_open,
        "screen_requests": len(screen), "screen_slow_or_failed": len(screen) - fast(screen),
        "screen_worst": max((dt for _, dt in screen), default=0.0),
        "fresh_requests": len(fresh), "fresh_fast_share": fast(fresh) / max(1, len(fresh)),
        "fresh_worst": max((dt for _, dt in fresh), default=0.0),
    }


def summary(r):
    return (f"{r['sockets']} slow/idle sockets from {r['addresses']} addresses for {r['seconds']} s "
            f"({r['crowd_opened']} connections opened, {r['crowd_closed_by_server']} closed by the daemon): "
            f"screen {r['screen_requests']} requests, {r['screen_slow_or_failed']} failed or >= 1 s, worst {r['screen_worst']:.3f} s; "
            f"fresh client {r['fresh_fast_share'] * 100:.1f} % of {r['fresh_requests']} under 1 s, worst {r['fresh_worst']:.3f} s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def with_daemon(binary, command, body):
    """Starts `binary command` on a free port with a fresh state directory; body(port)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    port = free_port()
    state = tempfile.mkdtemp(prefix="vitrine-slow-")
    args = [binary, command, "--port", str(port), "--state-directory", state, "--log-level", "warning",
            "--set", f"content_directory={root}/content"]
    if command == "serve":
        args += ["--ui-directory", f"{root}/kiosk-ui"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=root)
    try:
        for _ in range(300):
            if load_page(port, "127.0.0.1", "/healthz", timeout=1)[0]:
                break
            time.sleep(0.05)
        return body(port)
    finally:
        process.terminate()
        process.wait(10)


def section(binary, seconds):
    rows = []
    for command, path in (("serve", "/"), ("hub", "/healthz")):
        r = with_daemon(binary, command, lambda port: run(port, seconds, 1500, 750, path=path))
        rows.append(f"| `vitrine {command}`, `GET {path}` | {r['screen_requests']} | {r['screen_slow_or_failed']} "
                    f"| {r['screen_worst']:.3f} s | {r['fresh_fast_share'] * 100:.1f} % of {r['fresh_requests']} "
                    f"| {r['fresh_worst']:.3f} s | {r['crowd_opened']} / {r['crowd_closed_by_server']} |")
    table = "\n".join(rows)
    return f"""## Slow clients from many addresses

1,500 sockets from 750 other loopback addresses (127.0.10.2 onwards, two each), half idle and half
trickling one header byte every 2 s, each opened again 1 s after the daemon closes it, for {seconds} s;
meanwhile the kiosk's screen (a client on 127.0.0.1) and a fresh client from another address
(127.0.9.250) each load the page on a new connection every half second (5 s timeout). Defaults:
`max_connections` 512, per address 64, `header_timeout` 10 s, 32 slots reserved for the screen,
the oldest connection still waiting for headers shed for a newcomer when the table is full.
Before issue 13, the screen got 11 failures out of 11 in such a run.

Command: `python3 bench/slow_clients.py --section BIN {seconds}` (release binary; the crowd, the
screen and the fresh client are all one Python process on the same 2 cores).

| daemon | screen requests | screen failed or ≥ 1 s | screen worst | fresh client < 1 s | fresh worst | crowd connections opened / closed by the daemon |
|---|---:|---:|---:|---:|---:|---:|
{table}
"""


if __name__ == "__main__":
    if sys.argv[1:2] == ["--section"]:
        print(section(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 30))
        sys.exit(0)
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    port = int(args[0])
    seconds, sockets, addresses = (int(a) for a in (args[1:] + ["30", "1500", "750"][len(args) - 1:])[:3])
    path = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--path=")), "/")
    result = run(port, seconds, sockets, addresses, path=path)
    print(summary(result))
