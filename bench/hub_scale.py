#!/usr/bin/env python3
"""The hub at the size of a CCI network: a generated 3-year history of 50 kiosks sent through the
real signed ingest, then the dashboard, the exports, the public side under staff load, memory and
start time. Prints a Markdown section for BENCHMARKS.md.

usage: hub_scale.py VITRINE_BINARY WORK_DIR VISITS [CONTENT_DIR]

VISITS ≈ 0.55 × the number of events (160,000 visits ≈ 290,000 events; 545,000 ≈ 1,000,000).
Kiosks are registered, then their registration dates are set before the history (as when a hub
was installed first and its kiosks have reported ever since): the hub stores events dated before
a kiosk's registration at their receive time, which would fold three years into one week.
Signatures follow Standard Webhooks (HMAC-SHA256 of "id.timestamp.body"), made here with hmac.
Event and session ids are UUIDv7 made at the event's time, as the kiosk makes them (`TimeOrderedUUID`).
Run by scripts/bench; not part of the test suite.
"""
import base64, datetime, hashlib, hmac, http.client, json, os, random, re, signal, socket, sqlite3, statistics
import subprocess, sys, threading, time, urllib.parse, uuid

BIN, WORK, VISITS = sys.argv[1], sys.argv[2], int(sys.argv[3])
CONTENT = sys.argv[4] if len(sys.argv) > 4 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "content")
os.makedirs(WORK, exist_ok=True)
ENV = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
DAY = 86_400_000
R = random.Random(17)

DIAGNOSTIC = json.load(open(os.path.join(CONTENT, "fr", "diagnostic.json")))
TRAININGS = [t["id"] for t in json.load(open(os.path.join(CONTENT, "fr", "trainings.json")))["trainings"]]
TRADES = ["boulangerie", "boucherie", "fleuriste", "librairie", "coiffure", "epicerie", "fromagerie", "pressing", "bar", "restaurant"]
NAMES = ["martin", "bernard", "durand", "dubois", "moreau", "laurent", "simon", "michel", "leroy", "roux", "david", "morel",
         "fournier", "girard", "bonnet", "dupont", "lambert", "fontaine", "rousseau", "vincent", "muller", "faure", "mercier"]
TOPICS = ["website", "social", "online-sales", "payment", "security"]


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def tid(ms):
    """An event's or a session's id as the kiosk makes it (`TimeOrderedUUID`): UUIDv7, its time first."""
    return str(uuid.UUID(int=(ms << 80) | (R.getrandbits(80) & ~(0xF << 76) & ~(0x3 << 62)) | (0x7 << 76) | (0x2 << 62)))


def iso(ms):
    return datetime.datetime.fromtimestamp(ms / 1000, tz=datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def diagnostic():
    """Answers drawn around a shop's maturity, scored as the kiosk scores them (points per dimension)."""
    maturity = R.betavariate(2, 2.5)
    answers, points, most = {}, {}, {}
    for q in DIAGNOSTIC["questions"]:
        weights = [maturity * a["points"] / q["maxPoints"] + (1 - maturity) * (1 - a["points"] / q["maxPoints"]) + 0.1 for a in q["answers"]]
        a = R.choices(q["answers"], weights)[0]
        answers[q["id"]] = a["id"]
        points[q["dimension"]] = points.get(q["dimension"], 0) + a["points"]
        most[q["dimension"]] = most.get(q["dimension"], 0) + q["maxPoints"]
    dims = {d["id"]: (round(100 * points[d["id"]] / most[d["id"]]) if most.get(d["id"]) else None) for d in DIAGNOSTIC["dimensions"]}
    scored = [s for s in dims.values() if s is not None]
    return {"overall": round(sum(scored) / len(scored)), "level": "initie", "dimensions": dims, "answers": answers}


def profile(name, trade):
    hours = [{"day": d, "opens": 540, "closes": 1140} for d in range(2, 7)]
    return {"name": name, "trade": trade, "description": f"{name} : accueil et conseils.", "phone": f"+334{R.randrange(10**7, 10**8)}",
            "address": {"street": f"{R.randrange(1, 99)} rue du Commerce", "postcode": "69002", "city": "Lyon"},
            "hours": hours, "closures": [], "services": ["Retrait en boutique"], "accent": "#1f5c99"}


def history(now):
    """(kiosk, at, event) for 3 years of 50 kiosks, each kiosk's events in time order."""
    kiosks = [f"borne-{i:02d}" for i in range(1, 51)]
    start = now - 156 * 7 * DAY
    weights = {k: R.lognormvariate(0, 0.45) for k in kiosks}
    total = sum(weights.values())
    out, slugs = [], []
    for k in kiosks:
        visits = int(VISITS * weights[k] / total)
        times = sorted(start + int((now - start - DAY) * (R.random() ** 0.8)) for _ in range(visits))
        for t in times:
            s = tid(t)
            out.append((k, t, {"id": tid(t), "type": "visit.started", "at": iso(t), "data": {"session": s, "language": "fr"}}))
            if R.random() < 0.08:
                out.append((k, t + 60_000, {"id": tid(t + 60_000), "type": "training.passed", "at": iso(t + 60_000),
                                            "data": {"session": s, "training": R.choice(TRAININGS), "correct": 4, "total": 5}}))
            if R.random() >= 0.40:
                continue
            t += 300_000
            out.append((k, t, {"id": tid(t), "type": "diagnostic.completed", "at": iso(t), "data": {"session": s, **diagnostic()}}))
            if R.random() >= 0.25:
                continue
            o, hub = uid(), R.random() < 0.6
            purposes = ["publish"] + (["callback"] if R.random() < 0.3 else [])
            consent = {"session": s, "owner": o, "purposes": purposes, "hub": hub, "noticeHash": "0" * 64}
            if hub:
                consent["passportToken"] = uid().replace("-", "")
            out.append((k, t + 60_000, {"id": tid(t + 60_000), "type": "consent.given", "at": iso(t + 60_000), "data": consent}))
            trade, family = R.choice(TRADES), R.choice(NAMES)
            slug = f"{trade}-{family}-{k}-{len(slugs)}"
            slugs.append(slug)
            out.append((k, t + 120_000, {"id": tid(t + 120_000), "type": "page.published", "at": iso(t + 120_000),
                                         "data": {"session": s, "owner": o, "slug": slug, "page": profile(f"{trade.capitalize()} {family.capitalize()}", trade)}}))
            if R.random() < 0.6:
                out.append((k, t + 180_000, {"id": tid(t + 180_000), "type": "poster.printed", "at": iso(t + 180_000),
                                             "data": {"session": s, "owner": o, "slug": slug, "format": "A4"}}))
            if "callback" in purposes and R.random() < 0.6:
                request = {"session": s, "owner": o, "request": uid(), "topic": R.choice(TOPICS), "preferredTime": "morning"}
                if hub:
                    request.update(name=f"Marie {family.capitalize()}", phone=f"+336{R.randrange(10**7, 10**8)}")
                out.append((k, t + 240_000, {"id": tid(t + 240_000), "type": "advisor.requested", "at": iso(t + 240_000), "data": request}))
    return kiosks, out, slugs


def batches(events, size=500):
    """Per kiosk, batches of `size` in time order; all kiosks' batches ordered by their first event (a backfill)."""
    by_kiosk = {}
    for k, at, e in events:
        by_kiosk.setdefault(k, []).append((at, e))
    result = []
    for k, items in by_kiosk.items():
        items.sort(key=lambda x: x[0])
        for i in range(0, len(items), size):
            chunk = items[i:i + size]
            result.append((chunk[0][0], k, json.dumps({"events": [e for _, e in chunk]}, ensure_ascii=False, separators=(",", ":")), len(chunk)))
    result.sort(key=lambda b: b[0])
    return result


def sign(secret, msg, stamp, body):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg}.{stamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(*args, inp=None):
    return subprocess.run([BIN, *args], input=inp, capture_output=True, text=True, env=ENV)


STATE = os.path.join(WORK, "hub")
os.makedirs(STATE, exist_ok=True)
PORT = free_port()


def start():
    p = subprocess.Popen([BIN, "hub", "--port", str(PORT), "--state-directory", STATE, "--log-level", "warning"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    t = time.perf_counter()
    while time.perf_counter() - t < 120:
        try:
            c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return p, time.perf_counter() - t
        except OSError:
            pass
        time.sleep(0.005)
    raise SystemExit("hub did not answer /healthz")


def stop(p):
    p.send_signal(signal.SIGTERM)
    p.wait(60)


def status_kb(pid, field):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith(field):
            return int(line.split()[1])
    return 0


def get(path, cookie=None):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    t = time.perf_counter()
    c.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    r = c.getresponse()
    body = r.read()
    return r.status, body, time.perf_counter() - t, r.getheaders()


def post_batch(conn, secrets, k, body):
    msg, stamp = "msg_" + uuid.uuid4().hex, str(int(time.time()))
    raw = body.encode()
    conn.request("POST", f"/api/v1/kiosks/{k}/reports", body=raw, headers={
        "Content-Type": "application/json", "webhook-id": msg, "webhook-timestamp": stamp, "webhook-signature": sign(secrets[k], msg, stamp, raw)})
    r = conn.getresponse()
    r.read()
    assert r.status == 200, r.status


now = int(time.time() * 1000)
REUSE = os.environ.get("HUB_SCALE_REUSE") == "1" and os.path.exists(os.path.join(STATE, "hub.sqlite"))
if REUSE:
    # Measure again on a history already ingested (HUB_SCALE_REUSE=1): no ingest figures.
    with sqlite3.connect(os.path.join(STATE, "hub.sqlite")) as db:
        secrets = dict(db.execute("SELECT id, secret FROM kiosks").fetchall())
        slugs = [row[0] for row in db.execute("SELECT slug FROM pages")]
        ingest_total = db.execute("SELECT count(*) FROM events").fetchone()[0]
    kiosks, all_batches, rates, generated, ingest_rss = sorted(secrets), [], [0.0, 0.0], 0.0, 0
else:
    generated = time.perf_counter()
    kiosks, events, slugs = history(now)
    all_batches = batches(events)
    generated = time.perf_counter() - generated
    secrets = {k: json.loads(run("hub", "add-kiosk", k, "--json", "--state-directory", STATE).stdout)["secret"] for k in kiosks}
    with sqlite3.connect(os.path.join(STATE, "hub.sqlite")) as db:
        db.execute("UPDATE kiosks SET created_at = ?", (now - 4 * 365 * DAY,))
    hub, _ = start()
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    tenth = max(1, len(all_batches) // 10)
    rates, t0, n = [], time.perf_counter(), 0
    for i, (_, k, body, count) in enumerate(all_batches):
        post_batch(conn, secrets, k, body)
        n += count
        if (i + 1) % tenth == 0:
            rates.append(n / (time.perf_counter() - t0))
            t0, n = time.perf_counter(), 0
    ingest_total = len(events)
    ingest_rss = status_kb(hub.pid, "VmHWM") // 1024
    stop(hub)
size_mb = sum(os.path.getsize(os.path.join(STATE, f)) for f in os.listdir(STATE) if f.startswith("hub.sqlite")) / 2**20

t = time.perf_counter()
assert run("hub", "set-admin-password", "bench", "--state-directory", STATE, inp="motdepasse-du-banc\n").returncode == 0, "set-admin-password"
set_password = time.perf_counter() - t
starts = []
for _ in range(5):
    hub, ready = start()
    starts.append(ready)
    stop(hub)
hub, _ = start()

st, body, _, hd = get("/admin/login")
token = re.search(rb'name="login" value="([^"]+)"', body).group(1).decode()
login_cookie = [v for k, v in hd if k.lower() == "set-cookie" and v.startswith("vitrine_login=")][0].split(";")[0]
c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
t = time.perf_counter()
c.request("POST", "/admin/login", body=urllib.parse.urlencode({"login": token, "name": "bench", "password": "motdepasse-du-banc"}),
          headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": login_cookie})
r = c.getresponse()
r.read()
login_time = time.perf_counter() - t
assert r.status == 303, r.status
admin = [v for k, v in r.getheaders() if k.lower() == "set-cookie" and v.startswith("vitrine_admin=")][0].split(";")[0]

pages = {}
for path in ["/admin", "/admin?rappels=40", "/admin/kiosks/borne-07", "/admin/export/events.csv", "/admin/export/advisor-requests.csv",
             "/admin/export/funnel.csv", "/admin/export/events.csv?kiosk=borne-07"]:
    times, size = [], 0
    for _ in range(5):
        st, body, elapsed, _ = get(path, admin)
        assert st == 200, (path, st)
        times.append(elapsed)
        size = len(body)
    pages[path] = (statistics.median(times), size)

# Staff load: 4 browsers load /admin in a loop for 15 s; /healthz and a public page probed every
# 50 ms; a kiosk keeps reporting (fresh events) to measure ingest under that load.
slug = R.choice(slugs)
fresh = [(k, json.dumps({"events": [{"id": tid(now), "type": "visit.started", "at": iso(now), "data": {"session": tid(now), "language": "fr"}}
                                   for _ in range(500)]})) for k in kiosks for _ in range(8)]


def ingest_rate(seconds):
    """Events per second over `seconds` of reports (or until the fresh batches run out: 400 of them,
    enough for both phases at over 20,000 events/s)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
    sent, t = 0, time.perf_counter()
    while time.perf_counter() - t < seconds and fresh:
        k, body = fresh.pop()
        post_batch(conn, secrets, k, body)
        sent += 500
    return sent / (time.perf_counter() - t)


quiet_ingest = ingest_rate(5)
stop_at = time.time() + 15
latency = {"/healthz": [], f"/s/{slug}": []}
peak = [0]
staff_pages = [0]
ingest_under_load = [0.0]


def staff():
    while time.time() < stop_at:
        get("/admin", admin)
        staff_pages[0] += 1


def probe():
    while time.time() < stop_at:
        for p in latency:
            latency[p].append(get(p)[2])
        peak[0] = max(peak[0], status_kb(hub.pid, "VmRSS") // 1024)
        time.sleep(0.05)


def reporter():
    time.sleep(2)
    ingest_under_load[0] = ingest_rate(10)


threads = [threading.Thread(target=staff) for _ in range(4)] + [threading.Thread(target=probe), threading.Thread(target=reporter)]
[t.start() for t in threads]
[t.join() for t in threads]
hwm = status_kb(hub.pid, "VmHWM") // 1024
stop(hub)


def pct(values, q):
    values = sorted(values)
    return values[int(q * (len(values) - 1))] * 1000


ms = lambda s: f"{s * 1000:.0f} ms"
print(f"""### {ingest_total:,} events ({VISITS:,} visits, 50 kiosks, 3 years)

`python3 bench/hub_scale.py BIN WORK {VISITS}` (history generated in {generated:.0f} s, sent as {len(all_batches):,} signed
batches of up to 500 events on one connection, back to back).

| figure | value | budget |
|---|---:|---:|
| ingest, first tenth of the batches → last tenth | {"(history ingested by an earlier run)" if REUSE else f"{rates[0]:,.0f} → {rates[-1]:,.0f} events/s"} | ≥ 5,000 events/s |
| database (`hub.sqlite` + WAL) | {size_mb:,.0f} MB | |
| peak RSS during ingest (`VmHWM`) | {"—" if REUSE else f"{ingest_rss} MB"} | |
| `vitrine hub set-admin-password` (600,000 PBKDF2 rounds) | {set_password:.2f} s | |
| restart → first 200 on `/healthz` (median of 5) | {statistics.median(starts):.2f} s (max {max(starts):.2f} s) | ≤ 1 s |
| login post (password check on the offload pool) | {ms(login_time)} | |
""" + "".join(f"| `{p}` (median of 5) | {ms(t)} ({size // 1024:,} KB) | {'≤ 300 ms' if p == '/admin' else '≤ 100 ms' if p.startswith('/admin/kiosks') else '≤ 500 ms' if p.endswith('funnel.csv') else ''} |\n"
              for p, (t, size) in pages.items()) + f"""| while 4 staff load `/admin` for 15 s ({staff_pages[0]:,} pages): `/healthz` p50 / p99 | {pct(latency['/healthz'], .5):.1f} / {pct(latency['/healthz'], .99):.1f} ms | p99 ≤ 50 ms |
| the same: a public page `/s/<slug>` p50 / p99 | {pct(latency[f'/s/{slug}'], .5):.1f} / {pct(latency[f'/s/{slug}'], .99):.1f} ms | p99 ≤ 50 ms |
| ingest alone → while staff load `/admin` | {quiet_ingest:,.0f} → {ingest_under_load[0]:,.0f} events/s | keeps its rate |
| peak RSS under that load (`VmRSS` sampled; `VmHWM` of the run) | {peak[0]} MB ({hwm} MB) | ≤ 200 MB |
""")
