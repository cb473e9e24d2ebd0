"""Printing as a shop meets it: a real cupsd (its own configuration, spool and socket in a temporary
directory) with a cups-pdf queue stands in for the shop's printer; the daemon renders each poster
and submits it through libcups. Each format lands as a PDF of that paper size whose QR code decodes
to the page's address; the document sent holds no URL of the kiosk and no date; a paused queue, no
printer, and no CUPS at all give a clear reason at once, never a hang.

Needs root (cups-pdf's per-queue settings live in /etc/cups, as its backend only reads there) and
the packages cups, printer-driver-cups-pdf, poppler-utils, zbar-tools (scripts/lib.sh)."""
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import Server
from qrtext import scanned
from test_posters import publish, resolved

PAPER = {"A4": (595, 842), "A5": (420, 595), "A6": (298, 420)}
PUBLIC = "https://vitrine.example.org"
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


class Cups:
    """A private cupsd listening on a socket in `root`, with one cups-pdf queue writing to `out`."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="vitrine-cups-"))
        os.chmod(self.root, 0o755)
        self.queue = f"vitrine-test-{os.getpid()}"
        self.socket = self.root / "cups.sock"
        self.out = self.root / "out"
        self.spool = self.root / "spool"
        for folder in ("etc/ppd", "spool", "cache", "state", "log", "out"):
            (self.root / folder).mkdir(parents=True)
        os.chmod(self.out, 0o1777)
        (self.root / "etc/cupsd.conf").write_text(f"""Listen {self.socket}
LogLevel info
WebInterface No
Browsing No
PreserveJobFiles Yes
DefaultAuthType None
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  JobPrivateAccess all
  JobPrivateValues none
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
        (self.root / "etc/cups-files.conf").write_text(f"""ServerRoot {self.root}/etc
RequestRoot {self.spool}
CacheDir {self.root}/cache
StateDir {self.root}/state
TempDir {self.spool}
ErrorLog {self.root}/log/error_log
AccessLog {self.root}/log/access_log
PageLog {self.root}/log/page_log
User lp
Group lp
SystemGroup root
""")
        self.settings = Path(f"/etc/cups/cups-pdf-{self.queue}.conf")
        self.settings.write_text(f"Out {self.out}\nAnonDirName {self.out}\nLabel 1\n")
        self.process = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", str(self.root / "etc/cupsd.conf"),
                                         "-s", str(self.root / "etc/cups-files.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not self.socket.exists():
            assert self.process.poll() is None and time.monotonic() < deadline, "cupsd did not start"
            time.sleep(0.05)
        self.env = {**os.environ, "CUPS_SERVER": str(self.socket)}
        self.run("lpadmin", "-p", self.queue, "-E", "-v", f"cups-pdf:/{self.queue}", "-P", CUPS_PDF_PPD)

    def run(self, *command):
        subprocess.run(command, env=self.env, check=True, capture_output=True, timeout=15)

    def landed(self, job_id, timeout=60):
        """The PDF cups-pdf wrote for CUPS job `job_id`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [p for p in self.out.glob("*.pdf") if re.search(rf"job_{job_id}\b", p.name)]
            if found and found[0].stat().st_size > 0:
                time.sleep(0.2)  # cups-pdf renames into place once written; let it finish
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} never landed in {self.out}: {os.listdir(self.out)}")

    def document(self, job_id):
        """The document as the daemon sent it (PreserveJobFiles keeps it in the spool)."""
        return self.spool / f"d{job_id:05d}-001"

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.settings.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="module")
def cups():
    if os.geteuid() != 0:
        pytest.skip("a private cupsd with cups-pdf needs root (as CI runs)")
    for tool, package in (("/usr/sbin/cupsd", "cups"), (CUPS_PDF_PPD, "printer-driver-cups-pdf"),
                          ("/usr/bin/pdfinfo", "poppler-utils"), ("/usr/bin/zbarimg", "zbar-tools")):
        if not os.path.exists(tool):
            pytest.skip(f"{tool} ({package}) is needed")
    instance = Cups()
    yield instance
    instance.stop()


def kiosk(cups, settings, environment=None):
    """A kiosk daemon talking to `cups` (or to the CUPS_SERVER in `environment`)."""
    saved = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = (environment or {}).get("CUPS_SERVER", str(cups.socket))
    try:
        return Server(settings)
    finally:
        if saved is None:
            os.environ.pop("CUPS_SERVER")
        else:
            os.environ["CUPS_SERVER"] = saved


@pytest.fixture(scope="module")
def printing(cups):
    server = kiosk(cups, {"public_base_url": PUBLIC, "printer": cups.queue})
    yield server
    server.stop()


def session_of(server, name):
    """A published shop: (session path, its state)."""
    state = publish(server, {"name": name, "trade": "boulangerie", "phone": "04 78 12 34 56", "city": "Lyon",
                             "postcode": "69002", "street": "3 place Bellecour"})
    session = re.search(r"/api/v1/sessions/([0-9a-f-]+)/", state["links"]["preview"]).group(1)
    return f"/api/v1/sessions/{session}", state


def follow(server, path, job, timeout=60):
    deadline = time.monotonic() + timeout
    while job["state"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.3)
        status, body = server.api("GET", f"{path}/print-jobs/{job['id']}")
        assert status == 200, body
        job = body["job"]
    return job


@pytest.mark.parametrize("size", PAPER)
def test_each_format_lands_at_its_size_with_a_working_qr_code(cups, printing, tmp_path, artifacts, size):
    path, state = session_of(printing, f"Boulangerie {size}")
    status, body = printing.api("POST", f"{path}/shop/poster", {"format": size})
    assert status == 202, body
    job = body["job"]
    assert job["printer"] == cups.queue and job["title"] == f"Affiche {size} — Boulangerie {size}"
    assert follow(printing, path, job)["state"] == "done"

    landed = cups.landed(job["id"])
    info = subprocess.run(["pdfinfo", str(landed)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - PAPER[size][0]) <= 2 and abs(height - PAPER[size][1]) <= 2, info
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(landed), str(tmp_path / size)], check=True)
    page = next(tmp_path.glob(f"{size}*.png"))
    shutil.copy(page, artifacts / f"printed-{size}.png")
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True).stdout.split()
    assert len(decoded) == 1 and re.fullmatch(re.escape(scanned(PUBLIC)) + r"/Q/00[0-9A-Z]{3,}", decoded[0]), decoded
    assert resolved(printing, decoded[0]) == "/s/" + state["slug"], "the printed code leads to the page"

    sent = subprocess.run(["pdftotext", str(cups.document(job["id"])), "-"], capture_output=True, text=True, check=True).stdout
    assert f"Boulangerie {size}" in sent and "Scannez-moi" in sent
    assert "127.0.0.1" not in sent and "localhost" not in sent
    assert not re.search(r"\d{2}/\d{2}/\d{2}|1/1$", sent, re.M), sent


def test_resume_slip_and_directory_poster_print(cups, printing):
    path, _ = session_of(printing, "Fleurs du Slip")
    status, body = printing.api("POST", f"{path}/resume-slip", {})
    assert status == 202, body
    assert follow(printing, path, body["job"])["state"] == "done"
    code = printing.api("GET", f"{path}/passport")[1]["resumeCode"]
    assert code in subprocess.run(["pdftotext", str(cups.document(body["job"]["id"])), "-"],
                                  capture_output=True, text=True, check=True).stdout
    status, body = printing.api("POST", f"{path}/directory/poster", {"format": "A5"})
    assert status == 202, body
    assert follow(printing, path, body["job"])["state"] == "done"


def metrics(server):
    with urllib.request.urlopen(server.url + "/metrics", timeout=10) as response:
        return response.read().decode()


def test_a_paused_queue_is_said_at_once(cups, printing):
    path, _ = session_of(printing, "Boulangerie en Pause")
    assert "\nvitrine_printer_ready 1\n" in metrics(printing)
    cups.run("cupsdisable", cups.queue)
    try:
        text = metrics(printing)
        assert "\nvitrine_printer_ready 0\n" in text and '\nvitrine_printer_problem{reason="stopped"} 1\n' in text, text
        started = time.monotonic()
        status, body = printing.api("POST", f"{path}/shop/poster", {"format": "A6"})
        assert time.monotonic() - started < 5
        assert status == 503 and body["error"]["code"] == "printer_unavailable" and body["error"]["reason"] == "stopped", body
    finally:
        cups.run("cupsenable", cups.queue)


def test_no_printer_and_no_cups_are_clear_errors(cups, tmp_path):
    path_missing = tmp_path / "no-cups.sock"
    cases = [({}, {}, "no_printer"), ({}, {"CUPS_SERVER": str(path_missing)}, "cups_unreachable"),
             ({"printer": "nowhere"}, {}, "unknown_queue")]
    for settings, environment, reason in cases:
        server = kiosk(cups, {"public_base_url": PUBLIC, **settings}, environment)
        try:
            path, _ = session_of(server, f"Boulangerie {reason}")
            started = time.monotonic()
            status, body = server.api("POST", f"{path}/shop/poster", {"format": "A4"})
            assert time.monotonic() - started < 7
            assert status == 503 and body["error"]["reason"] == reason, (reason, body)
        finally:
            server.stop()


def test_a_loopback_public_address_never_prints(cups):
    server = kiosk(cups, {"printer": cups.queue})
    try:
        path, _ = session_of(server, "Boulangerie Locale")
        status, body = server.api("POST", f"{path}/shop/poster", {"format": "A4"})
        assert status == 409 and body["error"]["code"] == "public_address_missing", body
        status, body = server.api("POST", f"{path}/directory/poster", {"format": "A4"})
        assert status == 409 and body["error"]["code"] == "public_address_missing", body
    finally:
        server.stop()


def test_the_screen_follows_the_job_until_it_is_printed(cups, printing, driver, artifacts):
    """The owner taps "A6" on the published page's screen: "Impression en cours…", then printed;
    the poster lands at A6. With the queue paused, the screen says so and what staff can do."""
    from kiosk import Kiosk
    from test_page_builder import earlier_visit, resume_to_builder
    code, state = earlier_visit(printing, "2468", {"name": "Fleurs de Lyon", "trade": "fleuriste", "phone": "04 78 00 11 22"},
                                published=True)
    kiosk = Kiosk(driver, printing, artifacts, "printing").open()
    resume_to_builder(kiosk, code, "2468")
    kiosk.action("published")
    kiosk.wait_screen("shop-done")
    before = set(cups.out.glob("*.pdf"))
    kiosk.action("poster", "A6")
    kiosk.wait(lambda d: "imprimé" in kiosk.text("#print-status"), "printed", timeout=60)
    driver.save_screenshot(str(artifacts / "printing-done.png"))
    landed = [p for p in set(cups.out.glob("*.pdf")) - before if "Fleurs_de_Lyon" in p.name]
    assert landed, os.listdir(cups.out)
    info = subprocess.run(["pdfinfo", str(landed[0])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+29[78](\.\d+)? x 4(19|20)", info), info

    cups.run("cupsdisable", cups.queue)
    try:
        kiosk.action("poster", "A5")
        kiosk.wait(lambda d: "pause" in kiosk.text("#print-status"), "the paused printer said", timeout=20)
        driver.save_screenshot(str(artifacts / "printing-paused.png"))
        assert "accueil" in kiosk.text("#print-status")
        assert kiosk.js("const r = document.getElementById('print-status').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"), \
            "the reason is on screen"
    finally:
        cups.run("cupsenable", cups.queue)
