#!/usr/bin/env python3
"""Hub login flood: 16 clients, each from its own loopback address (127.0.0.2…17, so the limit per
address does not stop them at once), post wrong passwords as fast as they can for 15 s, while
/healthz is probed every 20 ms and a kiosk reports (500 events a batch, back to back). Prints a
Markdown section for BENCHMARKS.md: /healthz and ingest latency p50/p99, ingest rate alone and
under the flood, and what the login posts got (401 wrong password, 429 locked, 503 queue full).

usage: login_flood.py VITRINE_BINARY WORK_DIR
Run by scripts/bench; not part of the test suite.
"""
import base64, hashlib, hmac, http.client, json, os, re, signal, socket, subprocess, sys, threading, time, urllib.parse, uuid, datetime

BIN, WORK = sys.argv[1], sys.argv[2]
os.makedirs(WORK, exist_ok=True)
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
STATE = os.path.join(WORK, "hub")
os.makedirs(STATE, exist_ok=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = free_port()
secret = json.loads(subprocess.run([BIN, "hub", "add-kiosk", "k1", "--json", "--state-directory", STATE],
                                   capture_output=True, text=True, env=ENV, check=True).stdout)["secret"]
subprocess.run([BIN, "hub", "set-admin-password", "anne", "--state-directory", STATE], input="motdepasse-du-banc\n",
               capture_output=True, text=True, env=ENV, check=True)
hub = subprocess.Popen([BIN, "hub", "--port", str(PORT), "--state-directory", STATE, "--log-level", "warning"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
for _ in range(500):
    try:
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
        c.request("GET", "/healthz")
        if c.getresponse().status == 200:
            break
    except OSError:
        time.sleep(0.01)
KEY = base64.b64decode(secret.removeprefix("whsec_"))
NOW = datetime.datetime.now(tz=datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def report(conn):
    body = json.dumps({"events": [{"id": str(uuid.uuid4()), "type": "visit.started", "at": NOW,
                                   "data": {"session": str(uuid.uuid4()), "language": "fr"}} for _ in range(500)]}).encode()
    msg, stamp = "msg_" + uuid.uuid4().hex, str(int(time.time()))
    sig = "v1," + base64.b64encode(hmac.new(KEY, f"{msg}.{stamp}.".encode() + body, hashlib.sha256).digest()).decode()
    t = time.perf_counter()
    conn.request("POST", "/api/v1/kiosks/k1/reports", body=body, headers={
        "Content-Type": "application/json", "webhook-id": msg, "webhook-timestamp": stamp, "webhook-signature": sig})
    r = conn.getresponse()
    r.read()
    assert r.status == 200, r.status
    return time.perf_counter() - t


def ingest(seconds, times):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    sent, t = 0, time.perf_counter()
    while time.perf_counter() - t < seconds:
        times.append(report(conn))
        sent += 500
    return sent / (time.perf_counter() - t)


quiet_times = []
quiet = ingest(5, quiet_times)
stop = time.time() + 15
answers, health, flood_times, rate = {}, [], [], [0.0]
lock = threading.Lock()


def flooder(index):
    source = (f"127.0.0.{index + 2}", 0)
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60, source_address=source)
    c.request("GET", "/admin/login")
    r = c.getresponse()
    body = r.read()
    token = re.search(rb'name="login" value="([^"]+)"', body).group(1).decode()
    cookie = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("vitrine_login=")][0].split(";")[0]
    n = 0
    while time.time() < stop:
        n += 1
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60, source_address=source)
        c.request("POST", "/admin/login", body=urllib.parse.urlencode({"login": token, "name": f"guess{index}-{n}", "password": "wrong-password"}),
                  headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        status = c.getresponse().status
        with lock:
            answers[status] = answers.get(status, 0) + 1


def prober():
    while time.time() < stop:
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        t = time.perf_counter()
        c.request("GET", "/healthz")
        c.getresponse().read()
        health.append(time.perf_counter() - t)
        time.sleep(0.02)


def reporter():
    time.sleep(1)
    rate[0] = ingest(12, flood_times)


threads = [threading.Thread(target=flooder, args=(i,)) for i in range(16)] + [threading.Thread(target=prober), threading.Thread(target=reporter)]
[t.start() for t in threads]
[t.join() for t in threads]
hub.send_signal(signal.SIGTERM)
hub.wait(30)


def pct(values, q):
    values = sorted(values)
    return values[int(q * (len(values) - 1))] * 1000


print(f"""### Login flood

`python3 bench/login_flood.py BIN WORK`: 16 clients, each from its own loopback address, post wrong
passwords for 15 s (PBKDF2-HMAC-SHA256, 600,000 rounds, on the 2-thread offload pool with at most 64
waiting); `/healthz` probed every 20 ms; a kiosk reports 500-event batches back to back.

| figure | value | budget |
|---|---:|---:|
| `/healthz` p50 / p99 during the flood ({len(health)} probes) | {pct(health, .5):.1f} / {pct(health, .99):.1f} ms | p99 < 50 ms |
| report (500 events) p50 / p99: alone → during the flood | {pct(quiet_times, .5):.0f} / {pct(quiet_times, .99):.0f} → {pct(flood_times, .5):.0f} / {pct(flood_times, .99):.0f} ms | |
| ingest alone → during the flood | {quiet:,.0f} → {rate[0]:,.0f} events/s | |
| login posts answered: 401 / 429 / 503 | {answers.get(401, 0)} / {answers.get(429, 0)} / {answers.get(503, 0)} (other: {sum(v for k, v in answers.items() if k not in (401, 429, 503))}) | |
""")
