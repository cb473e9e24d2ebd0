"""Issue 15 at the kiosk, as an owner meets it: a kiosk registered at a hub (here a fake one on
loopback that checks the Standard Webhooks signature of every request, as the real hub does)
learns its poster-code prefix, prints a poster (real cupsd + cups-pdf) whose QR code holds
`/Q/<CODE>`, reports the code with `poster.printed`, fetches the hub's scans and slug conflicts
with a signed GET when an owner resumes, and shows them on the passport; the owner takes the
suggested slug in one tap and the printed code follows the shop."""
import base64
import hashlib
import hmac
import json
import os
import re
import secrets
import subprocess
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from zoneinfo import ZoneInfo

from kiosk import Kiosk
from qrtext import scanned
from test_posters import resolved
from test_printing import PUBLIC, cups, follow, kiosk  # noqa: F401 (cups is a fixture)


class FakeHub:
    """Accepts signed reports (acknowledging every event) and answers the signed feedback
    request with prefix K7, 37 scans today for K7000, and a slug conflict for every page it was
    told about."""

    def __init__(self, tmp_path):
        key = secrets.token_bytes(32)
        self.key = key
        self.secret_file = tmp_path / "hub-secret"
        self.secret_file.write_text("whsec_" + base64.b64encode(key).decode())
        os.chmod(self.secret_file, 0o600)
        self.events, self.feedbacks, self.refused = [], 0, 0
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def signed(self, body):
                headers = self.headers
                message = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
                expected = base64.b64encode(hmac.new(hub.key, message, hashlib.sha256).digest()).decode()
                fresh = abs(int(headers["webhook-timestamp"] or 0) - time.time()) <= 300
                ok = fresh and any(s == "v1," + expected for s in (headers["webhook-signature"] or "").split())
                hub.refused += not ok
                return ok

            def answer(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if self.path != "/api/v1/kiosks/k1/reports" or not self.signed(body):
                    return self.answer(401, {"error": {"code": "bad_signature", "message": "refused"}})
                events = json.loads(body)["events"]
                hub.events += events
                self.answer(200, {"acked": [e["id"] for e in events]})

            def do_GET(self):
                if self.path != "/api/v1/kiosks/k1/feedback" or not self.signed(b""):
                    return self.answer(401, {"error": {"code": "bad_signature", "message": "refused"}})
                hub.feedbacks += 1
                today = datetime.now(ZoneInfo("Europe/Paris")).date().isoformat()
                pages = [e["data"] for e in hub.events if e["type"] == "page.published" and "owner" in e["data"]]
                self.answer(200, {"prefix": "K7", "at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                                  "scans": [{"code": "K7000", "days": [{"day": today, "count": 37}]}],
                                  "slugConflicts": [{"shop": p["owner"], "slug": p["slug"], "suggestion": p["slug"] + "-lyon"}
                                                    for p in pages[:1]]})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()


def wait_for(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.3)


def test_hub_scans_and_slug_conflict_reach_the_passport(cups, driver, artifacts, tmp_path):  # noqa: F811
    hub = FakeHub(tmp_path)
    server = kiosk(cups, {"public_base_url": PUBLIC, "printer": cups.queue, "hub_url": hub.url, "hub_kiosk_id": "k1",
                          "hub_secret_file": str(hub.secret_file)})
    try:
        wait_for(lambda: hub.feedbacks >= 1, "the feedback fetched at start")
        # An owner publishes and prints an A4 poster (through the API, to be quick).
        _, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
        path = f"/api/v1/sessions/{session['id']}"
        notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
        consent = server.api("POST", f"{path}/consent", {"purposes": ["publish"], "hub": False,
                                                        "noticeHash": notice["noticeHash"], "pin": "2468"})[1]
        server.api("PUT", f"{path}/shop", {"name": "Fromagerie Bellecour", "trade": "fromagerie", "phone": "04 78 12 34 56",
                                          "city": "Lyon", "postcode": "69002"})
        slug = server.api("POST", f"{path}/shop/publish")[1]["slug"]
        status, body = server.api("POST", f"{path}/shop/poster", {"format": "A4"})
        assert status == 202, body
        assert follow(server, path, body["job"])["state"] == "done"
        landed = cups.landed(body["job"]["id"])
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(landed), str(tmp_path / "a4")], check=True)
        page = next(tmp_path.glob("a4*.png"))
        decoded = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True).stdout.split()
        assert decoded == [scanned(PUBLIC) + "/Q/K7000"], "the prefix the hub gave, then the kiosk's counter"
        assert "Code : K7 000" in subprocess.run(["pdftotext", str(cups.document(body["job"]["id"])), "-"], capture_output=True, text=True).stdout
        assert resolved(server, decoded[0]) == "/s/" + slug
        wait_for(lambda: any(e["type"] == "poster.printed" for e in hub.events), "poster.printed at the hub")
        printed = next(e for e in hub.events if e["type"] == "poster.printed")
        assert printed["data"]["code"] == "K7000" and printed["data"]["format"] == "A4"
        server.api("DELETE", path)

        # A later visit resumes: the kiosk asks the hub (signed) for fresh figures and conflicts.
        def resumed_with_conflict():
            _, visit = server.api("POST", "/api/v1/sessions", {"language": "fr"})
            status, passport = server.api("POST", f"/api/v1/sessions/{visit['id']}/resume", {"code": consent["resumeCode"], "pin": "2468"})
            server.api("DELETE", f"/api/v1/sessions/{visit['id']}")
            return status == 200 and passport.get("slugConflict") is not None
        wait_for(resumed_with_conflict, "the slug conflict stored at the kiosk", timeout=60)
        assert hub.refused == 0, "every request to the hub was signed with the kiosk's key"

        # The owner at the screen: the passport opens first, with the scans and the conflict.
        screen = Kiosk(driver, server, artifacts, "scans").open()
        screen.action("resume")
        screen.wait_screen("resume-code")
        screen.type_keys(consent["resumeCode"].replace("-", ""))
        screen.action("next")
        screen.wait_screen("resume-pin")
        screen.type_keys("2468")
        screen.action("send")
        screen.wait_screen("passport")
        text = screen.text()
        day = datetime.now(ZoneInfo("Europe/Paris")).day
        assert re.search(rf"Votre affiche A4 du {day} \w+ : 37 scans ce mois-ci", text), text
        assert "Chiffres de la CCI mis à jour le" in text
        assert f"« {slug} » est déjà prise" in text and f"« {slug}-lyon »" in text
        screen.check("passport-scans")
        screen.action("take-slug")
        screen.wait(lambda d: "C’est fait" in screen.text(), "the new address confirmed")
        assert "déjà prise" not in screen.text()
        screen.check("passport-slug-taken")
        assert resolved(server, PUBLIC + "/Q/K7000") == f"/s/{slug}-lyon", "the printed poster follows the shop"
        wait_for(lambda: any(e["type"] == "page.published" and e["data"]["slug"] == f"{slug}-lyon" for e in hub.events),
                 "the page reported under its new slug")
    finally:
        server.stop()
        hub.stop()
