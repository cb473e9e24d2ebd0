"""Abuse against the real daemon on loopback: slow clients, oversized and malformed requests,
traversal, odd methods, pipelining, half-closed sockets, a thousand clients at once. The daemon
must answer each with a clear 4xx (or close), keep serving normal clients, and stay healthy.

Slow and parallel clients come from several loopback addresses (127.0.0.2, 127.0.0.3, …), as
they would from several machines: the per-address connection limit is part of the defence."""
import re
import socket
import sys
import threading
import time
import urllib.request

import pytest

from conftest import REPO, Server

sys.path.insert(0, str(REPO / "bench"))
import slow_clients  # noqa: E402  (bench/slow_clients.py: the same run scripts/bench measures)


@pytest.fixture(scope="module")
def daemon():
    instance = Server({"request_timeout": 8})
    yield instance
    instance.stop()


def raw(server, data, source="127.0.0.1", read_until_close=True, timeout=5):
    """Sends bytes on a fresh connection; returns what came back (until close or timeout)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=timeout, source_address=(source, 0)) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
                if not read_until_close:
                    break
        except socket.timeout:
            pass
        return b"".join(chunks)


def status_of(reply):
    return int(reply.split(b" ", 2)[1]) if reply.startswith(b"HTTP/1.") else None


def timed_get(server, path):
    start = time.monotonic()
    with urllib.request.urlopen(server.url + path, timeout=5) as response:
        response.read()
        return response.status, time.monotonic() - start


def healthy(server):
    return timed_get(server, "/healthz")[0] == 200


def test_slowloris_does_not_starve_normal_clients(daemon):
    slow, stop = [], threading.Event()
    for n in range(300):
        s = socket.create_connection(("127.0.0.1", daemon.port), timeout=5, source_address=(f"127.0.0.{2 + n % 10}", 0))
        s.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow.append(s)

    def trickle():
        while not stop.is_set():
            for s in slow:
                try:
                    s.send(b"X")
                except OSError:
                    pass
            time.sleep(0.5)
    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    try:
        times = []
        for _ in range(20):
            for path in ("/", "/app.js", "/api/v1/diagnostic"):
                status, elapsed = timed_get(daemon, path)
                assert status == 200
                times.append(elapsed)
            time.sleep(0.2)
        assert max(times) < 1.0, f"slowest normal request {max(times):.2f} s"
    finally:
        stop.set()
        thread.join()
        for s in slow:
            s.close()
    assert healthy(daemon)


def test_the_screen_is_never_starved_by_slow_clients_from_many_addresses():
    """Issue 13: 1,500 slow or idle sockets from 750 other addresses (reconnecting when closed);
    every request of the kiosk's screen (127.0.0.1) answers in < 1 s, and >= 95 % of a fresh
    client's from another address do."""
    server = Server()
    try:
        result = slow_clients.run(server.port, seconds=20, sockets=1500, addresses=750)
        print(slow_clients.summary(result))
        assert result["crowd_peak_open"] >= 1000, result
        assert result["screen_requests"] >= 20 and result["screen_slow_or_failed"] == 0, result
        assert result["fresh_fast_share"] >= 0.95, result
        assert healthy(server)
    finally:
        server.stop()


def test_oversized_headers_and_bodies_are_refused(daemon):
    big_header = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n"
    assert status_of(raw(daemon, big_header)) in (400, 413, 431, None)
    declared = b"POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{"
    assert status_of(raw(daemon, declared)) == 413
    chunk = b"8000\r\n" + b"a" * 0x8000 + b"\r\n"
    chunked = b"POST /api/v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk * 40 + b"0\r\n\r\n"
    assert status_of(raw(daemon, chunked)) == 413
    assert healthy(daemon)


@pytest.mark.parametrize("path", [
    b"/%FF", b"/\xff\xfe", b"/s/%C0%AF", b"/api/v1/sessions/%00", b"/app.js%00.png", b"/%E2%82",
])
def test_invalid_utf8_and_nul_are_bad_requests(daemon, path):
    reply = raw(daemon, b"GET " + path + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert status_of(reply) in (400, 404), reply[:80]
    assert b'"error"' in reply or status_of(reply) == 400


TRAVERSALS = [
    "/../etc/passwd", "/..%2fetc%2fpasswd", "/%2e%2e/etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/.%2e/.%2e/etc/passwd",
    "/%252e%252e/etc/passwd", "//etc/passwd", "/..\\..\\etc\\passwd", "/%5c..%5cetc%5cpasswd", "/i18n/../../content/fr/privacy.json",
    "/./app.js/../../../etc/passwd", "/s/../../etc/passwd", "/s/%2e%2e/%2e%2e/etc/passwd", "/d/..%2f..%2fetc",
    "/api/v1/../../etc/passwd", "/%u002e%u002e/etc/passwd", "/..;/etc/passwd", "/.git/config", "/.env",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_traversal_never_reaches_a_file_outside_the_ui(daemon, path):
    reply = raw(daemon, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
    assert status_of(reply) in (400, 404, 405), reply[:120]
    assert b"root:" not in reply and b"[core]" not in reply and b"controller" not in reply


@pytest.mark.parametrize("method", [b"FOO", b"TRACE", b"CONNECT", b"PROPFIND", b"DELETE", b"PATCH"])
def test_unknown_methods_are_refused_cleanly(daemon, method):
    reply = raw(daemon, method + b" / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    assert status_of(reply) in (400, 405, 501), reply[:80]


def test_pipelined_requests_are_answered_in_order(daemon):
    requests = b"".join(f"GET {p} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode() for p in ("/healthz", "/nope", "/healthz"))
    with socket.create_connection(("127.0.0.1", daemon.port), timeout=5) as s:
        s.sendall(requests + b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    statuses = [int(code) for code in re.findall(rb"HTTP/1\.1 (\d{3}) ", data)]
    assert statuses == [200, 404, 200, 200]


def test_half_closed_and_abandoned_connections(daemon):
    with socket.create_connection(("127.0.0.1", daemon.port), timeout=5) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        s.shutdown(socket.SHUT_WR)
        assert s.recv(4096).startswith(b"HTTP/1.1 200")
    for partial in (b"", b"GET / HT", b"POST /api/v1/sessions HTTP/1.1\r\nContent-Length: 50\r\n\r\n{\"lang"):
        with socket.create_connection(("127.0.0.1", daemon.port), timeout=5) as s:
            s.sendall(partial)
            s.shutdown(socket.SHUT_WR)
    with socket.create_connection(("127.0.0.1", daemon.port), timeout=5) as s:
        s.sendall(b"GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        s.close()
    assert healthy(daemon)


def test_a_thousand_parallel_clients(daemon):
    results, lock = [], threading.Lock()

    def client(n):
        try:
            reply = raw(daemon, b"GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                        source=f"127.0.1.{1 + n % 20}", timeout=20)
            outcome = status_of(reply)
        except OSError as error:
            outcome = repr(error)
        with lock:
            results.append(outcome)
    threads = [threading.Thread(target=client, args=(n,)) for n in range(1000)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results.count(200) == 1000, {r for r in results if r != 200}
    assert healthy(daemon)
