"""Slow and idle clients from many addresses against a running daemon, while the kiosk's screen
(127.0.0.1) and a fresh client from another address load `/` every half second.

The crowd: SOCKETS connections from ADDRESSES loopback addresses (127.0.x.y, two per address by
default), half idle (connected, silent), half trickling one header byte every 2 s; a socket the
daemon closes is opened again after a short pause, so the pressure lasts the whole run.

    python3 bench/slow_clients.py PORT [SECONDS] [SOCKETS] [ADDRESSES]

prints one line of figures and, with --markdown, the BENCHMARKS.md section's table row.
Used by Tests/e2e/test_abuse.py and scripts/bench."""
import http.client
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
                    retry_at[index] = time.monotonic() + 0.2
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


def load_page(port, source, timeout=5):
    """One fresh connection from `source`; returns (ok, seconds)."""
    start = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request("GET", "/")
        reply = connection.getresponse()
        reply.read()
        ok = reply.status == 200
    except (OSError, http.client.HTTPException):
        ok = False
    finally:
        connection.close()
    return ok, time.monotonic() - start


def visitor(port, source, stop, results):
    while not stop.is_set():
        results.append(load_page(port, source))
        time.sleep(0.5)


def run(port, seconds=30, sockets=1500, addresses=750, warmup=3):
    crowd = Crowd(port, sockets, addresses)
    crowd.start()
    time.sleep(warmup)
    stop = threading.Event()
    screen, fresh = [], []
    threads = [threading.Thread(target=visitor, args=(port, "127.0.0.1", stop, screen), daemon=True),
               threading.Thread(target=visitor, args=(port, "127.0.9.250", stop, fresh), daemon=True)]
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


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    port = int(args[0])
    seconds, sockets, addresses = (int(a) for a in (args[1:] + ["30", "1500", "750"][len(args) - 1:])[:3])
    result = run(port, seconds, sockets, addresses)
    if "--markdown" in sys.argv:
        print(f"| {result['sockets']} sockets from {result['addresses']} addresses, {result['seconds']} s "
              f"| {result['screen_requests']} | {result['screen_slow_or_failed']} | {result['screen_worst']:.3f} s "
              f"| {result['fresh_fast_share'] * 100:.1f} % of {result['fresh_requests']} | {result['fresh_worst']:.3f} s "
              f"| {result['crowd_opened']} / {result['crowd_closed_by_server']} |")
    else:
        print(summary(result))
