#!/usr/bin/env python3
"""Hub login flood: 16 clients, each from its own loopback address (127.0.0.2…17, so the limit per
address does not stop them at once), post wrong passwords under fresh names as fast as they can,
never waiting on Retry-After, while /healthz is probed every 20 ms and a kiosk reports back to
back: typical reports (50 events) then worst-case ones (500 events), first without the flood, then
during it. Prints a Markdown section for BENCHMARKS.md: p50/p99 of /healthz and of each report
size, alone and during the flood, ingest rates, what the login posts got (401 wrong password, 429
locked, 503 queue full), the box's load average and the hub's CPU time.

The flooders run in a process of their own (`--flood` below), so Python's lock on its threads
never delays the timed requests; they still share the box's cores with the hub and the timers.

usage: login_flood.py [VITRINE_BINARY [WORK_DIR]]   (defaults: .build/release/vitrine, a temp dir)
Run by scripts/bench; not part of the test suite. Environment: FLOOD_PHASE_SECONDS (default 10),
the length of each timed phase; FLOOD_NICE (default 0), the flooders' nice value; FLOOD_IDS=v4, random
event and session ids (kiosks before time-ordered ids) instead of UUIDv7.
"""
import base64, datetime, hashlib, hmac, http.client, json, os, re, shutil, signal, socket, subprocess, sys, tempfile, threading, time, urllib.parse, uuid

CLIENTS = 16
TYPICAL, WORST = 50, 500
PHASE = float(os.environ.get("FLOOD_PHASE_SECONDS", "10"))
# The flooders' nice value: 0, they compete with the hub for the box's cores; 19, they stand for
# remote machines (their own CPU is not the hub's), taking only what the hub and the timers leave.
FLOOD_NICE = int(os.environ.get("FLOOD_NICE", "0"))


def flood(port, seconds):
    """The flooders (run as `login_flood.py --flood PORT SECONDS`): prints the answers as JSON."""
    stop = time.time() + seconds
    answers, lock = {}, threading.Lock()

    def flooder(index):
        source = (f"127.0.0.{index + 2}", 0)
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=source)
        c.request("GET", "/admin/login")
        r = c.getresponse()
        token = re.search(rb'name="login" value="([^"]+)"', r.read()).group(1).decode()
        cookie = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("vitrine_login=")][0].split(";")[0]
        n = 0
        while time.time() < stop:
            n += 1
            try:
                c = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=source)
                c.request("POST", "/admin/login", body=urllib.parse.urlencode({"login": token, "name": f"guess{index}-{n}", "password": "wrong-password"}),
                          headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
                status = c.getresponse().status
                c.close()
            except OSError:
                status = 0
            with lock:
                answers[status] = answers.get(status, 0) + 1

    threads = [threading.Thread(target=flooder, args=(i,)) for i in range(CLIENTS)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(json.dumps(answers))


if len(sys.argv) > 1 and sys.argv[1] == "--flood":
    flood(int(sys.argv[2]), float(sys.argv[3]))
    sys.exit(0)

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/vitrine")
WORK = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="login-flood-")
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
STATE = os.path.join(WORK, "hub")
shutil.rmtree(STATE, ignore_errors=True)
os.makedirs(STATE)


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


def tid():
    """An event's or a session's id as the kiosk makes it (`TimeOrderedUUID`): UUIDv7, its time first;
    with FLOOD_IDS=v4, random ones as kiosks made them before."""
    if os.environ.get("FLOOD_IDS") == "v4":
        return str(uuid.uuid4())
    ms = int(time.time() * 1000)
    return str(uuid.UUID(int=(ms << 80) | (uuid.uuid4().int & ((1 << 80) - 1) & ~(0xF << 76) & ~(0x3 << 62)) | (0x7 << 76) | (0x2 << 62)))


def report(conn, size):
    body = json.dumps({"events": [{"id": tid(), "type": "visit.started", "at": NOW,
                                   "data": {"session": tid(), "language": "fr"}} for _ in range(size)]}).encode()
    msg, stamp = "msg_" + uuid.uuid4().hex, str(int(time.time()))
    sig = "v1," + base64.b64encode(hmac.new(KEY, f"{msg}.{stamp}.".encode() + body, hashlib.sha256).digest()).decode()
    t = time.perf_counter()
    conn.request("POST", "/api/v1/kiosks/k1/reports", body=body, headers={
        "Content-Type": "application/json", "webhook-id": msg, "webhook-timestamp": stamp, "webhook-signature": sig})
    r = conn.getresponse()
    r.read()
    assert r.status == 200, r.status
    return time.perf_counter() - t


def ingest(size, seconds):
    """Reports of `size` events back to back on one connection: their times and the event rate."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    times, t = [], time.perf_counter()
    while time.perf_counter() - t < seconds:
        times.append(report(conn, size))
    return times, size * len(times) / (time.perf_counter() - t)


health, health_lock, probing = {}, threading.Lock(), ["warm-up"]


def prober():
    while probing[0]:
        c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        t = time.perf_counter()
        c.request("GET", "/healthz")
        c.getresponse().read()
        elapsed, phase = time.perf_counter() - t, probing[0]
        with health_lock:
            health.setdefault(phase, []).append(elapsed)
        c.close()
        time.sleep(0.02)


def hub_cpu_seconds():
    with open(f"/proc/{hub.pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


load_before = os.getloadavg()
probe = threading.Thread(target=prober)
probe.start()
results = {}
for size in (TYPICAL, WORST):
    probing[0] = "alone"
    results[("alone", size)] = ingest(size, PHASE)
cpu_before_flood = hub_cpu_seconds()
flooders = subprocess.Popen(["nice", "-n", str(FLOOD_NICE), sys.executable, os.path.abspath(__file__), "--flood", str(PORT), str(2 * PHASE + 2)],
                            stdout=subprocess.PIPE, text=True)
probing[0] = "flood"
time.sleep(1)
for size in (TYPICAL, WORST):
    results[("flood", size)] = ingest(size, PHASE)
answers = {int(k): v for k, v in json.loads(flooders.communicate()[0]).items()}
cpu_flood = hub_cpu_seconds() - cpu_before_flood
probing[0] = ""
probe.join()
load_after = os.getloadavg()
hub.send_signal(signal.SIGTERM)
hub.wait(30)


def pct(values, q):
    values = sorted(values)
    return values[int(q * (len(values) - 1))] * 1000


def times(phase, size):
    values = results[(phase, size)][0]
    return f"{pct(values, .5):.1f} / {pct(values, .99):.1f} ms ({len(values)})"


def rate(phase, size):
    return f"{results[(phase, size)][1]:,.0f}"


loads = " / ".join(f"{v:.1f}" for v in load_before) + " → " + " / ".join(f"{v:.1f}" for v in load_after)
other = sum(v for k, v in answers.items() if k not in (401, 429, 503))
IDS = "FLOOD_IDS=v4 " if os.environ.get("FLOOD_IDS") == "v4" else ""
print(f"""### Login flood

`{IDS}{"FLOOD_NICE=" + str(FLOOD_NICE) + " " if FLOOD_NICE else ""}python3 bench/login_flood.py BIN WORK`: {CLIENTS} clients, each from its own loopback address and in a
process of their own{" at nice " + str(FLOOD_NICE) if FLOOD_NICE else ""}, post wrong passwords under fresh names for {2 * PHASE + 2:.0f} s without waiting
(PBKDF2-HMAC-SHA256, 600,000 rounds, hashed on the idle lane: one `SCHED_IDLE` thread, at most 8
waiting, beyond that 503 at once); `/healthz` probed every 20 ms; a kiosk reports back to back,
{TYPICAL}-event reports for {PHASE:.0f} s then {WORST}-event ones for {PHASE:.0f} s, without the flood
and then during it. Load average (1 / 5 / 15 min) before → after the run: {loads}, on {os.cpu_count()} cores.

| figure (p50 / p99, samples) | alone | during the flood | budget |
|---|---:|---:|---:|
| `/healthz` | {pct(health['alone'], .5):.1f} / {pct(health['alone'], .99):.1f} ms ({len(health['alone'])}) | {pct(health['flood'], .5):.1f} / {pct(health['flood'], .99):.1f} ms ({len(health['flood'])}) | p99 < 50 ms |
| typical report ({TYPICAL} events) | {times('alone', TYPICAL)} | {times('flood', TYPICAL)} | p99 < 50 ms |
| worst-case report ({WORST} events) | {times('alone', WORST)} | {times('flood', WORST)} | |
| ingest rate, {TYPICAL}-event / {WORST}-event reports | {rate('alone', TYPICAL)} / {rate('alone', WORST)} events/s | {rate('flood', TYPICAL)} / {rate('flood', WORST)} events/s | |

Login posts answered during the flood: {answers.get(401, 0)} × 401 (hashed, wrong), {answers.get(429, 0)} × 429 (locked),
{answers.get(503, 0)} × 503 (queue full){f", {other} other" if other else ""}; the hub's CPU time during the flood:
{cpu_flood:.1f} s over {2 * PHASE + 1:.0f} s.
""")
