"""Posters and public pages of a published shop, made quickly through the API: each poster size
as the daemon's PDF of that paper size whose QR code decodes to the page's address;
the public page at phone size; and the page of a shop whose every text is hostile, compared
tag by tag with a benign one."""
import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from html.parser import HTMLParser

import pytest

from kiosk import Kiosk
from qrtext import scanned

# Paper sizes in centimetres.
PAPER = {"A4": (21.0, 29.7), "A5": (14.8, 21.0), "A6": (10.5, 14.8)}
HOURS = [{"day": 1, "opens": "09:00", "closes": "12:30"}, {"day": 1, "opens": "14:00", "closes": "19:00"},
         {"day": 3, "opens": "09:00", "closes": "19:00"}]


def publish(server, draft):
    """A visitor session whose owner agreed to publishing, the draft saved, then published:
    the ShopState the API answers."""
    status, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
    assert status == 201, session
    path = f"/api/v1/sessions/{session['id']}"
    notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
    status, body = server.api("POST", f"{path}/consent", {"purposes": ["publish"], "hub": False,
                                                          "noticeHash": notice["noticeHash"], "pin": "4826"})
    assert status == 201, body
    status, state = server.api("PUT", f"{path}/shop", draft)
    assert status == 200 and state["problems"] == [], state
    status, state = server.api("POST", f"{path}/shop/publish")
    assert status == 200 and state["published"], state
    return state


def tool(name, package):
    if not shutil.which(name):
        pytest.skip(f"{name} ({package}) is needed")


@pytest.fixture(scope="module")
def shop(server):
    return publish(server, {"name": "Boulangerie Martin", "trade": "boulangerie", "phone": "04 78 12 34 56",
                            "street": "3 place Bellecour", "postcode": "69002", "city": "Lyon", "hours": HOURS,
                            "description": "Pain au levain, viennoiseries.\nFermé le dimanche.", "accent": "#1e6b34"})


@pytest.mark.parametrize("size", PAPER)
def test_poster_pdf_has_its_size_and_a_qr_code_that_decodes_to_the_page(server, artifacts, tmp_path, shop, size):
    tool("pdftoppm", "poppler-utils")
    tool("zbarimg", "zbar-tools")
    with urllib.request.urlopen(server.url + f"/s/{shop['slug']}/poster.pdf?format={size}", timeout=10) as response:
        assert response.headers.get_content_type() == "application/pdf"
        pdf = tmp_path / f"poster-{size}.pdf"
        pdf.write_bytes(response.read())
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    expected = [round(cm * 72 / 2.54) for cm in PAPER[size]]
    assert abs(width - expected[0]) <= 2 and abs(height - expected[1]) <= 2, info
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / size)], check=True)
    page = next(tmp_path.glob(f"{size}*.png"))
    shutil.copy(page, artifacts / f"poster-{size}.png")
    found = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
    decoded = found.stdout.split()
    base = shop["links"]["page"].rsplit("/s/", 1)[0]
    assert len(decoded) == 1 and re.fullmatch(re.escape(scanned(base)) + r"/Q/00[0-9A-Z]{3,}", decoded[0]), decoded
    assert resolved(server, decoded[0]) == f"/s/{shop['slug']}", "the poster's code leads to the page"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Boulangerie Martin" in text and not re.search(r"\d{2}/\d{2}/\d{2}|1/1$", text, re.M)


def resolved(server, url):
    """Where the kiosk sends a phone that opened the short address `url` (redirect not followed)."""
    class Keep(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    path = "/" + url.split("/", 3)[3]
    try:
        urllib.request.build_opener(Keep).open(server.url + path, timeout=10)
    except urllib.error.HTTPError as error:
        assert error.code == 302 and error.headers["Cache-Control"] == "no-store", error.code
        return error.headers["Location"]
    raise AssertionError(f"{path} did not redirect")


def test_public_page_at_phone_size(driver, server, artifacts, shop):
    kiosk = Kiosk(driver, server)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    driver.get(server.url + shop["links"]["localPage"])
    kiosk.wait(lambda d: "Boulangerie Martin" in d.find_element("css selector", "h1").text, "the public page")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 1, "the page fits a phone's width"
    driver.save_screenshot(str(artifacts / "public-page-390x844.png"))


# ---- a shop whose every text is hostile, and a benign twin with the same fields filled in
PAYLOADS = ["</script><script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{7*7}}",
            "'; DROP TABLE shops;--", "\u202eevil\u202c"]
HOSTILE = {
    "name": "</script><script>alert(1)</script>\u202e{{7*7}}", "trade": "creperie",
    "description": "\n".join(PAYLOADS), "street": "\"><img src=x onerror=alert(1)>", "postcode": "69002",
    "city": "'; DROP TABLE shops;--", "phone": "04 78 12 34 56", "email": "x{{7*7}}'@x.fr",
    "website": "https://x.fr/\"><script>alert(1)</script>", "facebook": "https://facebook.com/x\"><script>",
    "instagram": "@x_y.z", "googleReview": "https://g.page/r/\"><svg/onload=alert(1)>/review",
    "services": PAYLOADS, "hours": HOURS, "accent": "#5b2a86",
    "closures": [{"from": "2026-12-24", "to": "2026-12-26", "label": "<script>alert(1)</script>"}],
}
BENIGN = {
    "name": "Crêperie du Port", "trade": "creperie",
    "description": "\n".join(f"Ligne {n}" for n in range(len(PAYLOADS))), "street": "5 quai du Port", "postcode": "69002",
    "city": "Lyon", "phone": "04 78 12 34 57", "email": "bonjour@port.fr", "website": "https://port.fr/carte",
    "facebook": "https://facebook.com/creperieport", "instagram": "@creperie.port", "googleReview": "https://g.page/r/port/review",
    "services": [f"Service {n}" for n in range(len(PAYLOADS))], "hours": HOURS, "accent": "#5b2a86",
    "closures": [{"from": "2026-12-24", "to": "2026-12-26", "label": "Congés de Noël"}],
}
# What the server does to any typed text (documented in TypedText): bidirectional overrides
# removed, so a page cannot read differently from what was typed.
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


class Skeleton(HTMLParser):
    """Tags and attribute names in document order; attributes, scripts and links on the side."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.shape, self.attributes, self.scripts, self.hrefs = [], [], [], []
        self._script = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.shape.append((tag, tuple(sorted(name for name, _ in attrs))))
        self.attributes += [name for name, _ in attrs]
        self.hrefs += [value for name, value in attrs if name in ("href", "src", "action", "formaction") and value is not None]
        if tag == "script":
            self._script = [dict(attrs), ""]

    def handle_endtag(self, tag):
        self.shape.append(("/" + tag,))
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200
        return response.read().decode()


def test_hostile_texts_stay_text_on_the_public_page(server):
    base = server.api("GET", "/api/v1/kiosk")[1]["publicBaseURL"].rstrip("/")
    # A javascript: address is refused next to its field, not published.
    status, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
    notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
    path = f"/api/v1/sessions/{session['id']}"
    server.api("POST", f"{path}/consent", {"purposes": ["publish"], "hub": False, "noticeHash": notice["noticeHash"], "pin": "4826"})
    status, state = server.api("PUT", f"{path}/shop", {**HOSTILE, "website": "javascript:alert(1)"})
    assert status == 200 and [p["field"] for p in state["problems"]] == ["website"], state
    assert server.api("POST", f"{path}/shop/publish")[0] == 422

    pages = {}
    for name, draft in (("hostile", HOSTILE), ("benign", BENIGN)):
        state = publish(server, draft)
        pages[name] = fetch(server.url + state["links"]["localPage"])
    hostile, benign = Skeleton(pages["hostile"]), Skeleton(pages["benign"])

    assert hostile.shape == benign.shape, "the hostile texts changed the page's structure"
    assert not [a for a in hostile.attributes if a.lower().startswith("on")], "an event-handler attribute"
    for attrs, _ in hostile.scripts:
        assert attrs == {"type": "application/ld+json"}, attrs
    for link in hostile.hrefs:
        scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", link)
        allowed = not scheme and not link.startswith("//") or scheme and scheme[1].lower() in ("https", "tel", "mailto") \
            or link.startswith(base + "/")  # the kiosk's own public address, from its configuration
        assert allowed, f"link {link!r}"
    assert "\u202e" not in pages["hostile"]

    # The structured data parses back to the typed values (bidi overrides removed).
    [(_, text)] = hostile.scripts
    data = json.loads(text)
    typed = {key: BIDI.sub("", value) if isinstance(value, str) else value for key, value in HOSTILE.items()}
    assert data["name"] == typed["name"]
    assert data["description"] == typed["description"]
    assert data["address"]["streetAddress"] == typed["street"] and data["address"]["addressLocality"] == typed["city"]
    assert [offer["itemOffered"]["name"] for offer in data["makesOffer"]] == [BIDI.sub("", p) for p in PAYLOADS]
    assert data["email"] == HOSTILE["email"]
    assert "{{7*7}}" in data["name"], "no template evaluated"
