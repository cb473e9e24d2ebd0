"""Issue 15 end to end, as a shop and a CCI meet it: a real `vitrine hub` and a real kiosk reporting
to it (`vitrine serve`, printing through a private cupsd with cups-pdf). The owner publishes a shop
whose slug another kiosk already holds at the hub, prints an A4 poster; its code is opened three
times on the hub by a phone with a distinctive user agent and forwarded address. Then the hub's
dashboard, the owner's passport page on the hub and, after the kiosk's signed fetch, the kiosk's
passport show 3 scans; the code leads to the shop's own page (under the suggested slug); the
kiosk learned the conflict with its suggestion; and the hub's database files hold neither the
address nor the user agent. Screenshots of the dashboard are artifacts."""
import base64
import hashlib
import hmac
import http.client
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import time
import urllib.parse
import uuid
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import _binary, _free_port
from test_printing import PUBLIC, Cups, cups, kiosk as printing_kiosk  # noqa: F401 (cups is a fixture)

AGENT = "Canari-Scanner/9.9 (test; do-not-store)"
FORWARDED = "203.0.113.77"
PASSWORD = "motdepasse-de-test"
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


class Hub:
    """A real `vitrine hub` with kiosks registered through the CLI, as an operator does."""

    def __init__(self, kiosks):
        self.state = tempfile.mkdtemp(prefix="vitrine-e2e-hub-")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("VITRINE_")}
        self.kiosks = {name: json.loads(self.cli("add-kiosk", name, "--json")) for name in kiosks}
        self.cli("set-admin-password", "anne", stdin=PASSWORD + "\n")
        self.port = _free_port()
        self.log = open(Path(self.state) / "hub.log", "w+b")
        self.process = subprocess.Popen([_binary(), "hub", "--port", str(self.port), "--state-directory", self.state],
                                        stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self.env)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while self.get("/healthz")[0] != 200:
            assert self.process.poll() is None and time.monotonic() < deadline, "the hub did not start"
            time.sleep(0.05)

    def cli(self, *arguments, stdin=None):
        done = subprocess.run([_binary(), "hub", *arguments, "--state-directory", self.state], input=stdin,
                              capture_output=True, text=True, env=self.env, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def request(self, method, path, body=b"", headers=None):
        """One request, redirects not followed: (status, body, headers)."""
        try:
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            headers = {}
            for name, value in response.getheaders():
                headers.setdefault(name.lower(), []).append(value)
            return response.status, response.read(), {name: values[-1] for name, values in headers.items()} | {
                "set-cookie": [v.split(";")[0] for v in headers.get("set-cookie", []) if "Max-Age=0" not in v]}
        except OSError:
            return 0, b"", {}

    def get(self, path, headers=None):
        return self.request("GET", path, headers=headers)

    def report(self, kiosk, events):
        """Events as `kiosk` sends them: a Standard Webhooks signature over the body."""
        body = json.dumps({"events": events}).encode()
        key = base64.b64decode(self.kiosks[kiosk]["secret"].removeprefix("whsec_"))
        message, stamp = "msg_" + uuid.uuid4().hex, str(int(time.time()))
        signature = base64.b64encode(hmac.new(key, f"{message}.{stamp}.".encode() + body, hashlib.sha256).digest()).decode()
        status, answer, _ = self.request("POST", f"/api/v1/kiosks/{kiosk}/reports", body, {
            "Content-Type": "application/json", "webhook-id": message, "webhook-timestamp": stamp,
            "webhook-signature": "v1," + signature})
        assert status == 200, answer

    def query(self, sql):
        with sqlite3.connect(f"file:{self.state}/hub.sqlite?mode=ro", uri=True) as database:
            return database.execute(sql).fetchall()

    def log_in(self):
        status, page, headers = self.get("/admin/login")
        cookie = "; ".join(headers["set-cookie"])
        token = re.search(rb'name="login" value="([^"]+)"', page).group(1).decode()
        form = urllib.parse.urlencode({"login": token, "name": "anne", "password": PASSWORD}).encode()
        status, _, headers = self.request("POST", "/admin/login", form, {
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        assert status == 303, status
        return next(c for c in headers["set-cookie"] if c.startswith("vitrine_admin="))

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=15)
        self.log.close()

    def files(self):
        """Every byte of the hub's database files (the WAL too, while it exists)."""
        return b"".join(p.read_bytes() for p in Path(self.state).glob("hub.sqlite*"))


def wait(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"{what} did not happen within {timeout} s")


def event(kind, data):
    return {"id": str(uuid.uuid4()), "type": kind, "at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), "data": data}


PAGE = {"name": "Boulangerie Martin", "hours": [], "closures": [], "services": [], "accent": "#1f5c99"}
DRAFT = {"name": "Boulangerie Martin", "trade": "boulangerie", "phone": "04 78 12 34 56", "street": "3 place Bellecour",
         "postcode": "69002", "city": "Lyon", "hours": [], "accent": "#1e6b34"}


def test_a_printed_poster_scanned_three_times_shows_everywhere_and_nothing_personal_is_kept(cups, driver, artifacts, tmp_path):
    hub = Hub(["borne-vienne", "borne-lyon"])
    kiosk = None
    try:
        # Another kiosk already holds the slug at the hub.
        hub.report("borne-vienne", [event("page.published", {"owner": "autre", "slug": "boulangerie-martin", "page": PAGE})])
        ours = hub.kiosks["borne-lyon"]
        secret = tmp_path / "secret"
        secret.write_text(ours["secret"])
        secret.chmod(0o600)
        kiosk = printing_kiosk(cups, {"public_base_url": PUBLIC, "printer": cups.queue, "hub_url": hub.url,
                                      "hub_kiosk_id": "borne-lyon", "hub_secret_file": str(secret),
                                      "hub_code_prefix": ours["prefix"], "upstream_retry_max_seconds": 1})
        status, session = kiosk.api("POST", "/api/v1/sessions", {"language": "fr"})
        path = f"/api/v1/sessions/{session['id']}"
        notice = kiosk.api("GET", "/api/v1/privacy?lang=fr")[1]
        status, consent = kiosk.api("POST", f"{path}/consent", {"purposes": ["publish"], "hub": True,
                                                                "noticeHash": notice["noticeHash"], "pin": "4826"})
        assert status == 201, consent
        status, state = kiosk.api("PUT", f"{path}/shop", DRAFT)
        assert status == 200 and state["problems"] == [], state
        status, state = kiosk.api("POST", f"{path}/shop/publish")
        assert status == 200 and state["published"], state
        status, job = kiosk.api("POST", f"{path}/shop/poster", {"format": "A4"})
        assert status == 202, job

        # The report reaches the hub: the slug is refused, the page goes up under the suggestion,
        # the poster's code is the kiosk's (its prefix).
        rows = wait(lambda: hub.query("SELECT code, format FROM poster_codes"), "the poster.printed report")
        code, fmt = rows[0]
        assert fmt == "A4" and code.startswith(ours["prefix"]), rows
        assert hub.query("SELECT slug, suggestion FROM slug_conflicts") == [("boulangerie-martin", "boulangerie-martin-lyon")]

        for _ in range(3):
            status, _, headers = hub.get(f"/Q/{code}", {"User-Agent": AGENT, "X-Forwarded-For": FORWARDED})
            assert status == 302 and headers["location"] == "/s/boulangerie-martin-lyon", (status, headers)
            assert headers["cache-control"] == "no-store"
        assert hub.get("/s/boulangerie-martin-lyon")[0] == 200

        # The owner's passport page on the hub.
        token = hub.query("SELECT passport_token FROM owners")[0][0]
        today = datetime.now(ZoneInfo("Europe/Paris"))
        printed = ("1er" if today.day == 1 else str(today.day)) + " " + MONTHS[today.month - 1]
        passport = hub.get(f"/p/{token}")[1].decode()
        assert f"Votre affiche A4 du {printed} : 3 scans ce mois-ci" in passport, passport[-1500:]

        # The dashboard, overall and for the kiosk; its screenshots.
        cookie = hub.log_in()
        for page in ("/admin", "/admin/kiosks/borne-lyon"):
            html = hub.get(page, {"Cookie": cookie})[1].decode()
            assert "<li><strong>3</strong>Scans des affiches</li>" in html, page
            assert "<th scope=\"row\">A4</th><td class=\"n\">1</td><td class=\"n\">3</td><td class=\"n\">3,0</td>" in html, page
        csv = hub.get("/admin/export/poster-scans.csv", {"Cookie": cookie})[1].decode()
        assert "borne-lyon," in csv and ",A4,3\r\n" in csv, csv
        driver.get(hub.url + "/healthz")
        name, value = cookie.split("=", 1)
        driver.add_cookie({"name": name, "value": value, "path": "/"})
        for width, height in ((1280, 800), (1920, 1080), (800, 1280)):
            driver.set_window_size(width, height)
            driver.get(hub.url + "/admin")
            driver.save_screenshot(str(artifacts / f"hub-dashboard-{width}x{height}.png"))
            driver.execute_script("document.getElementById('chart-scans').closest('section').scrollIntoView()")
            driver.save_screenshot(str(artifacts / f"hub-dashboard-scans-{width}x{height}.png"))

        # The owner comes back to the kiosk: it fetches the hub's figures, signed, and shows them.
        status, again = kiosk.api("POST", "/api/v1/sessions", {"language": "fr"})
        status, resumed = kiosk.api("POST", f"/api/v1/sessions/{again['id']}/resume",
                                    {"code": consent["resumeCode"], "pin": "4826"})
        assert status == 200, resumed

        def fetched():
            status, body = kiosk.api("GET", f"/api/v1/sessions/{again['id']}/passport")
            scans = (body or {}).get("posterScans") or {}
            if scans.get("source") == "hub" and [p["scansThisMonth"] for p in scans.get("posters", [])] == [3]:
                return body
        passport = wait(fetched, "the kiosk's fetch of the hub's figures")
        assert passport["slugConflict"] == {"slug": "boulangerie-martin", "suggestion": "boulangerie-martin-lyon"}
    finally:
        if kiosk:
            kiosk.stop()
        hub.stop()
    # Stopped: every byte the hub kept is in its files now. Nothing of who scanned is among them.
    stored = hub.files()
    for personal in (AGENT.encode(), b"Canari-Scanner", FORWARDED.encode(), b"127.0.0.1"):
        assert personal not in stored, personal
    assert code.encode() in stored, "the files read are the hub's"
    shutil.rmtree(hub.state, ignore_errors=True)
