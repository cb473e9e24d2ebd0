#!/usr/bin/env python3
"""Hub outage under load: a kiosk keeps getting visits while its hub is down for MINUTES, then
the hub comes back; every event must arrive exactly once. Prints a Markdown section.

usage: outage.py VITRINE_BINARY WORK_DIR MINUTES
"""
import http.client, json, os, sqlite3, subprocess, sys, time

BIN, WORK, MINUTES = sys.argv[1], sys.argv[2], float(sys.argv[3])
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
hub_state, kiosk_state = os.path.join(WORK, "hub"), os.path.join(WORK, "kiosk")
os.makedirs(hub_state, exist_ok=True); os.makedirs(kiosk_state, exist_ok=True)
secret = json.loads(subprocess.run([BIN, "hub", "add-kiosk", "k1", "--json", "--state-directory", hub_state],
                                   capture_output=True, text=True, env=ENV, check=True).stdout)["secret"]
with open(os.path.join(kiosk_state, "secret"), "w") as f: f.write(secret)
os.chmod(os.path.join(kiosk_state, "secret"), 0o600)
hub_port, kiosk_port = 19000 + os.getpid() % 500, 19500 + os.getpid() % 500

def wait(port):
    for _ in range(200):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=1); c.request("GET", "/healthz")
            if c.getresponse().status == 200: return
        except OSError: time.sleep(0.05)
    raise SystemExit(f"port {port} did not answer")

def hub():
    p = subprocess.Popen([BIN, "hub", "--port", str(hub_port), "--state-directory", hub_state, "--log-level", "warning"],
                         env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait(hub_port); return p

def count(db, sql):
    c = sqlite3.connect(db)
    try: return c.execute(sql).fetchone()[0]
    finally: c.close()

hub_process = hub()
kiosk = subprocess.Popen([BIN, "serve", "--port", str(kiosk_port), "--state-directory", kiosk_state, "--log-level", "warning",
                          "--set", f"hub_url=http://127.0.0.1:{hub_port}", "--set", "hub_kiosk_id=k1",
                          "--set", f"hub_secret_file={kiosk_state}/secret", "--set", "upstream_retry_max_seconds=60"],
                         env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wait(kiosk_port)
conn = http.client.HTTPConnection("127.0.0.1", kiosk_port, timeout=5)
def visit():
    conn.request("POST", "/api/v1/sessions", body=b'{"language":"fr"}', headers={"Content-Type": "application/json"})
    r = conn.getresponse(); r.read(); return r.status == 201

visits, start, phase_end, down_at, up_at, peak_backlog = 0, time.monotonic(), None, None, None, 0
total = (MINUTES + 2) * 60
while time.monotonic() - start < total:
    elapsed = time.monotonic() - start
    if down_at is None and elapsed >= 60:
        hub_process.terminate(); hub_process.wait(); down_at = elapsed
    if down_at is not None and up_at is None and elapsed >= 60 + MINUTES * 60:
        peak_backlog = count(os.path.join(kiosk_state, "vitrine.sqlite"), "SELECT count(*) FROM outbox")
        hub_process = hub(); up_at = elapsed
    visits += visit()
    time.sleep(0.05)
load_end = time.monotonic()
while count(os.path.join(kiosk_state, "vitrine.sqlite"), "SELECT count(*) FROM outbox") > 0 and time.monotonic() - load_end < 300:
    time.sleep(0.5)
drained = time.monotonic() - load_end
kiosk_sessions = count(os.path.join(kiosk_state, "vitrine.sqlite"), "SELECT count(*) FROM visitor_sessions")
arrived = count(os.path.join(hub_state, "hub.sqlite"), "SELECT count(*) FROM events WHERE type = 'visit.started'")
distinct = count(os.path.join(hub_state, "hub.sqlite"), "SELECT count(DISTINCT json_extract(data, '$.session')) FROM events WHERE type = 'visit.started'")
kiosk.terminate(); kiosk.wait(); hub_process.terminate(); hub_process.wait()
print(f"""## Hub outage of {MINUTES:g} minutes under load

`python3 bench/outage.py BIN WORK {MINUTES:g}`: a visit every ~50 ms on the kiosk for {MINUTES + 2:g} minutes; the hub
stopped after 1 minute and started again {MINUTES:g} minutes later (`upstream_retry_max_seconds=60`).

| figure | value |
|---|---:|
| visits made (each one `visit.started` event) | {visits} (kiosk database: {kiosk_sessions}) |
| backlog in the outbox when the hub came back | {peak_backlog} events |
| at the hub afterwards | {arrived} events, {distinct} distinct visits: {kiosk_sessions - distinct} lost, {arrived - distinct} duplicated |
| outbox empty after the load stopped | {drained:.1f} s |
""")
