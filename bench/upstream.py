#!/usr/bin/env python3
"""Upstream figures: hub ingest rate, outbox drain time, and a SIGKILL run of a kiosk sending
to a hub. Prints a Markdown section for BENCHMARKS.md.

usage: upstream.py VITRINE_BINARY WORK_DIR [KILL_CYCLES]

Signatures are made with the standardwebhooks library (an independent implementation); the
kiosk side is the real daemon. Run by scripts/bench; not part of the test suite.
"""
import datetime, http.client, json, os, random, signal, socket, sqlite3, subprocess, sys, time, uuid
from standardwebhooks.webhooks import Webhook

BIN, WORK = sys.argv[1], sys.argv[2]
CYCLES = int(sys.argv[3]) if len(sys.argv) > 3 else 200
os.makedirs(WORK, exist_ok=True)
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0)); return s.getsockname()[1]

def wait_health(port, proc, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1); c.request("GET", "/healthz")
            if c.getresponse().status == 200: return True
        except OSError: pass
        time.sleep(0.01)
    return False

def start(args, port):
    p = subprocess.Popen([BIN] + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    assert wait_health(port, p), f"{args[0]} did not start"
    return p

def rows(db, sql):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try: return c.execute(sql).fetchall()
    finally: c.close()

hub_state = os.path.join(WORK, "hub"); os.makedirs(hub_state, exist_ok=True)
def add_kiosk(name):
    out = subprocess.run([BIN, "hub", "add-kiosk", name, "--json", "--state-directory", hub_state], capture_output=True, text=True, env=ENV, check=True)
    return json.loads(out.stdout)["secret"]
bench_secret, kiosk_secret = add_kiosk("bench"), add_kiosk("k1")
hub_port = free_port()
hub = start(["hub", "--port", str(hub_port), "--state-directory", hub_state, "--log-level", "warning"], hub_port)

# 1. Ingest: 40 batches of 500 events, signed beforehand, posted back to back on one connection.
wh = Webhook(bench_secret)
now = datetime.datetime.now(tz=datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
batches = []
for _ in range(40):
    events = [{"id": str(uuid.uuid4()), "type": "visit.started", "at": now,
               "data": {"session": str(uuid.uuid4()), "language": "fr"}} for _ in range(500)]
    body = json.dumps({"events": events}).encode()
    msg = "msg_" + uuid.uuid4().hex
    when = datetime.datetime.now(tz=datetime.timezone.utc)
    batches.append((body, msg, str(int(when.timestamp())), wh.sign(msg, when, body.decode())))
conn = http.client.HTTPConnection("127.0.0.1", hub_port, timeout=30)
t0 = time.perf_counter()
for body, msg, ts, sig in batches:
    conn.request("POST", "/api/v1/kiosks/bench/reports", body=body, headers={
        "Content-Type": "application/json", "webhook-id": msg, "webhook-timestamp": ts, "webhook-signature": sig})
    r = conn.getresponse(); r.read(); assert r.status == 200, r.status
ingest_s = time.perf_counter() - t0
ingest_rate = 40 * 500 / ingest_s

# 2. Drain: 10,000 events waiting in a kiosk's outbox, then the kiosk started with the hub up.
kiosk_state = os.path.join(WORK, "kiosk"); os.makedirs(kiosk_state, exist_ok=True)
with open(os.path.join(kiosk_state, "secret"), "w") as f: f.write(kiosk_secret)
os.chmod(os.path.join(kiosk_state, "secret"), 0o600)
kiosk_port = free_port()
kiosk_args = ["serve", "--port", str(kiosk_port), "--state-directory", kiosk_state, "--log-level", "warning",
              "--set", f"hub_url=http://127.0.0.1:{hub_port}", "--set", "hub_kiosk_id=k1",
              "--set", f"hub_secret_file={kiosk_state}/secret", "--set", "upstream_retry_max_seconds=1"]
k = start(["serve", "--port", str(kiosk_port), "--state-directory", kiosk_state], kiosk_port); k.terminate(); k.wait()
db = sqlite3.connect(os.path.join(kiosk_state, "vitrine.sqlite"))
at = int(time.time() * 1000)
with db:
    db.executemany("INSERT INTO outbox (id, type, at, data) VALUES (?, 'visit.started', ?, ?)",
                   ((str(uuid.uuid4()), at, json.dumps({"session": str(uuid.uuid4()), "language": "fr"})) for _ in range(10000)))
db.close()
t0 = time.perf_counter()
k = subprocess.Popen([BIN] + kiosk_args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
db_path = os.path.join(kiosk_state, "vitrine.sqlite")
while True:
    try:
        if rows(db_path, "SELECT count(*) FROM outbox")[0][0] == 0: break
    except sqlite3.OperationalError: pass
    time.sleep(0.02)
drain_s = time.perf_counter() - t0
k.terminate(); k.wait()
arrived = rows(os.path.join(hub_state, "hub.sqlite"), "SELECT count(*) FROM events WHERE kiosk_id = 'k1'")[0][0]

# 3. SIGKILL run: the kiosk killed at random moments while visits are made and reports sent.
def visit():
    try:
        c = http.client.HTTPConnection("127.0.0.1", kiosk_port, timeout=2)
        c.request("POST", "/api/v1/sessions", body=b'{"language":"fr"}', headers={"Content-Type": "application/json"})
        return c.getresponse().status == 201
    except OSError: return False
def integrity(path):
    c = sqlite3.connect(path)  # read-write: after a crash, opening may have to recover the WAL
    try: return c.execute("PRAGMA integrity_check").fetchone()[0]
    finally: c.close()
t0 = time.perf_counter()
failed_checks = 0
for _ in range(CYCLES):
    k = subprocess.Popen([BIN] + kiosk_args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wait_health(kiosk_port, k)
    for _ in range(random.randint(1, 8)): visit()
    time.sleep(random.uniform(0, 0.08))
    k.send_signal(signal.SIGKILL); k.wait()
    failed_checks += integrity(db_path) != "ok"
k = subprocess.Popen([BIN] + kiosk_args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
wait_health(kiosk_port, k)
while rows(db_path, "SELECT count(*) FROM outbox")[0][0] != 0: time.sleep(0.05)
k.terminate(); k.wait()
kill_s = time.perf_counter() - t0
kiosk_sessions = {r[0] for r in rows(db_path, "SELECT id FROM visitor_sessions")}
hub_rows = rows(os.path.join(hub_state, "hub.sqlite"),
                "SELECT json_extract(data, '$.session') FROM events WHERE kiosk_id = 'k1' AND type = 'visit.started' AND json_extract(data, '$.session') IS NOT NULL")
hub_sessions = [r[0] for r in hub_rows]
lost = len(kiosk_sessions - set(hub_sessions))
duplicated = len(hub_sessions) - len(set(hub_sessions))
hub.terminate(); hub.wait()

print(f"""## Upstream: hub ingest, outbox drain, SIGKILL run

`python3 bench/upstream.py BIN WORK {CYCLES}` (release binaries on loopback; signatures by the
`standardwebhooks` Python library).

| figure | value | budget |
|---|---:|---:|
| hub ingest, 40 reports × 500 events, one connection, back to back | {ingest_rate:,.0f} events/s ({ingest_s:.2f} s) | ≥ 5,000 events/s |
| 10,000 events in a kiosk's outbox → all acknowledged (kiosk start included, batches of 500) | {drain_s:.2f} s ({arrived} events at the hub) | ≤ 10 s |
| kiosk SIGKILLed at random moments while visiting and sending, {CYCLES} cycles ({kill_s:.0f} s) | {len(kiosk_sessions)} visits: {lost} lost, {duplicated} duplicated; integrity_check after each kill: {CYCLES - failed_checks}/{CYCLES} ok | 0 lost, 0 duplicated |
""")
