"""The page builder: consent with the publishing choice, then the shop's page step by step on
the on-screen keyboards beside a live preview (a phone number refused next to its field, then
fixed; hours with a lunch break; a closure), publishing, the QR code, the public page."""
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest

from conftest import Server
from kiosk import Kiosk, give_consent, start
from qrtext import scanned

NAME = "Crêperie Élodie"
SLUG = "creperie-elodie"


def preview_text(kiosk):
    """The preview frame's text, spaces made plain (the page uses non-breaking ones)."""
    text = kiosk.js("const f = document.getElementById('preview'); const b = f && f.contentDocument && f.contentDocument.body; return b ? b.textContent : '';")
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def public_status(server):
    try:
        with urllib.request.urlopen(f"{server.url}/s/{SLUG}", timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def enter(kiosk):
    kiosk.tap('#keyboard [data-cmd="enter"]')


def focused(kiosk, field_id):
    kiosk.wait(lambda d: kiosk.js("return document.activeElement && document.activeElement.id") == field_id, f"focus on {field_id}")


def next_screen(kiosk, name):
    kiosk.action("next")
    kiosk.wait_screen(name)


def test_page_builder_from_consent_to_published_page(driver, server, artifacts, tmp_path):
    if not shutil.which("zbarimg"):
        pytest.skip("zbarimg (zbar-tools) is needed to decode the QR code")
    kiosk = Kiosk(driver, server, artifacts, "builder").open()
    history = kiosk.js("return history.length")
    start(kiosk)
    kiosk.action("shop")

    # No owner who agreed to publishing yet: the tile asks for that one purpose at once.
    kiosk.wait_screen("consent")
    assert "publier" in kiosk.title()
    kiosk.action("next")
    kiosk.wait(lambda d: "Publier la page" in kiosk.text("#screen-error"), "publishing choice required")
    give_consent(kiosk, ["publish"], False, "4826")
    kiosk.action("continue")

    # (a) name on the AZERTY keyboard (Valider on the only field goes on), then the trade on a
    # screen of its own, never under the keyboard: a tap chooses it and moves on.
    kiosk.wait_screen("shop-name")
    assert kiosk.text(".step") == "Étape 1 sur 11"
    focused(kiosk, "name")
    kiosk.type_keys(NAME)
    assert kiosk.field_value("name") == NAME
    kiosk.wait(lambda d: NAME in preview_text(kiosk), "the name in the preview", timeout=15)
    kiosk.check("shop-name", field="name")
    enter(kiosk)
    kiosk.wait_screen("shop-trade")
    kiosk.check("shop-trade")
    kiosk.action("trade", "creperie")
    kiosk.wait_screen("shop-about")
    kiosk.wait(lambda d: kiosk.js("const f = document.getElementById('preview'); const t = f.contentDocument && f.contentDocument.querySelector('.trade'); return t && t.textContent.startsWith('Crêperie');"), "the trade in the preview")

    # (b) description, in a text area typed on the same keyboard.
    kiosk.type_keys("Galettes et crêpes")
    kiosk.check("shop-about", field="description")
    next_screen(kiosk, "shop-address")

    # (c) address: Valider moves on to the next field; the postcode on the keypad.
    kiosk.type_keys("12 rue de la République")
    enter(kiosk)
    focused(kiosk, "postcode")
    kiosk.type_keys("69002")
    kiosk.check("shop-address", field="postcode")
    kiosk.tap("#city")
    focused(kiosk, "city")
    kiosk.type_keys("Lyon")
    next_screen(kiosk, "shop-contact")

    # (d) a phone number the server refuses: its message next to the field, then fixed.
    kiosk.type_keys("061234")
    kiosk.wait(lambda d: "numéro" in kiosk.text("#phone-error").lower(), "the phone problem next to its field")
    assert kiosk.js("return document.getElementById('phone').getAttribute('aria-invalid')") == "true"
    assert "phone-error" in kiosk.js("return document.getElementById('phone').getAttribute('aria-describedby')")
    kiosk.check("shop-contact-error", field="phone")
    kiosk.type_keys("5678")
    assert kiosk.field_value("phone") == "06 12 34 56 78"
    kiosk.wait(lambda d: "06 12 34 56 78" in preview_text(kiosk), "the phone in the preview")
    assert kiosk.text("#phone-error") == ""
    kiosk.tap("#email")
    focused(kiosk, "email")
    kiosk.type_keys("bonjour@creperie.fr")
    kiosk.check("shop-contact", field="email")

    # Back and Next: each screen is read again from the server.
    kiosk.tap("#back")
    kiosk.wait_screen("shop-address")
    assert kiosk.field_value("postcode") == "69002" and kiosk.field_value("city") == "Lyon"
    next_screen(kiosk, "shop-contact")
    assert kiosk.field_value("email") == "bonjour@creperie.fr"
    next_screen(kiosk, "shop-hours")

    # (e) hours: which days (a preset, then one chip off), one set of times for all of them (in
    # high contrast and large text), then Tuesday on its own without the lunch break.
    kiosk.check("shop-hours")
    kiosk.action("range", "monSat")
    kiosk.action("day", "6")
    assert kiosk.js("return document.querySelector('[data-action=\"day\"][data-id=\"6\"]').getAttribute('aria-pressed')") == "false"
    next_screen(kiosk, "shop-times")
    kiosk.tap("#contrast")
    kiosk.tap("#large")
    kiosk.check("shop-times-contrast-large")
    kiosk.tap("#contrast")
    kiosk.tap("#large")
    kiosk.action("lunch")
    for time in ("09:00", "12:30", "13:30", "18:00"):
        kiosk.action("time", time)
    kiosk.action("slot", "lunchTo")
    kiosk.action("nudge", "15")
    assert kiosk.text("#closes") == "18:00" and kiosk.text("#lunchTo") == "13:45"
    hours = "09:00 – 12:30, 13:45 – 18:00"
    kiosk.wait(lambda d: all(kiosk.text(f'[data-action="day"][data-id="{day}"]').endswith(hours) for day in range(1, 6)), "the five days")
    kiosk.check("shop-times")
    kiosk.action("day", "2")
    kiosk.wait_screen("shop-day")
    assert kiosk.title() == "Mardi"
    kiosk.action("lunch")
    kiosk.check("shop-day")
    kiosk.action("next")
    kiosk.wait_screen("shop-times")
    assert kiosk.text('[data-action="day"][data-id="1"]').endswith(hours)
    assert kiosk.text('[data-action="day"][data-id="2"]').endswith("09:00 – 18:00")
    assert not driver.find_elements("css selector", '[data-action="day"][data-id="6"]')
    kiosk.wait(lambda d: "13 h 45" in preview_text(kiosk), "the lunch break in the preview")
    next_screen(kiosk, "shop-closures")

    # (f) an exceptional closure with the touch date picker.
    kiosk.action("add")
    kiosk.wait_screen("shop-closure")
    kiosk.action("closure0-from", "0d1m")
    kiosk.action("closure0-to", "1d0m")
    first, last = kiosk.text("#closure0-from"), kiosk.text("#closure0-to")
    assert first != last
    kiosk.check("shop-closure")
    kiosk.action("next")
    kiosk.wait_screen("shop-closures")
    assert "Du " in kiosk.text('[data-action="closure"][data-id="0"]')
    kiosk.check("shop-closures")
    next_screen(kiosk, "shop-social")

    # (g) social links on the web-address keyboard.
    kiosk.type_keys("facebook.com/creperie.elodie")
    kiosk.check("shop-social", field="facebook")
    next_screen(kiosk, "shop-services")

    # (h) services: a new line appears as the last one is filled in.
    kiosk.type_keys("Galettes")
    enter(kiosk)
    focused(kiosk, "service1")
    kiosk.type_keys("Crêpes")
    kiosk.check("shop-services", field="service1")
    next_screen(kiosk, "shop-colour")

    # (i) accent colour.
    kiosk.action("accent", "#a4000f")
    assert kiosk.js("return document.querySelector('[data-id=\"#a4000f\"]').getAttribute('aria-pressed')") == "true"
    kiosk.check("shop-colour")
    next_screen(kiosk, "shop-review")

    # (j) review with the full preview, then publish.
    kiosk.wait(lambda d: "Galettes" in preview_text(kiosk) and NAME in preview_text(kiosk), "full preview")
    assert not driver.find_elements("css selector", '#main [data-action="fix"]')
    kiosk.check("shop-review")
    kiosk.action("publish")

    # (k) published: QR code, address, prints.
    kiosk.wait_screen("shop-done")
    base = server.api("GET", "/api/v1/kiosk")[1]["publicBaseURL"].rstrip("/")
    page_url = f"{base}/s/{SLUG}"
    assert kiosk.text(".page-url") == page_url
    kiosk.wait(lambda d: kiosk.js("const i = document.querySelector('img.qr'); return i.complete && i.naturalWidth > 0"), "QR image loaded")
    kiosk.check("shop-done")
    assert kiosk.js("return history.length") == history, "the preview and print frames add no history entry"
    image = tmp_path / "qr.png"
    image.write_bytes(driver.find_element("css selector", "img.qr").screenshot_as_png)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True).stdout.split()
    assert decoded == [scanned(page_url)]

    # The public address is the loopback default: a printed QR code would be dead, so the kiosk
    # says it is a demonstration and printing waits for staff (with a message for them).
    assert kiosk.js("return !document.getElementById('demo').hidden")
    assert "Mode démonstration" in kiosk.text("#demo")
    poster = driver.find_element("css selector", '#main [data-action="poster"][data-id="A4"]')
    assert poster.get_attribute("disabled") is not None
    assert "public_base_url" in kiosk.text()
    assert kiosk.storage_is_empty() == {"local": 0, "session": 0, "cookie": "", "idb": 0}

    # Taking the page down asks first; the page is gone until it is published again.
    kiosk.action("unpublish")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('confirm').open"), "take-down confirmation")
    kiosk.check("shop-unpublish-dialog", help_fixed=False)
    kiosk.tap("#confirm-yes")
    kiosk.wait_screen("shop-review")
    assert "plus publiée" in kiosk.text()
    assert public_status(server) == 404
    kiosk.action("publish")
    kiosk.wait_screen("shop-done")
    assert public_status(server) == 200

    # The public page, as a customer's phone opens it on this kiosk.
    driver.get(server.url + f"/s/{SLUG}")
    kiosk.wait(lambda d: NAME in driver.find_element("css selector", "h1").text, "the public page")
    assert "Galettes" in driver.find_element("css selector", "body").text


@pytest.fixture
def printer_server(tmp_path):
    """A kiosk whose receipt printer is a file (the daemon writes to an existing device only)."""
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    instance = Server({"receipt_printer": str(device), "public_base_url": "https://vitrine.example.org"})
    yield instance, device
    instance.stop()


def earlier_visit(server, pin, draft, published):
    """An owner from an earlier visit, made through the API to be quick: consent to publishing,
    a draft, published or not. Returns (resume code, ShopState)."""
    status, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
    path = f"/api/v1/sessions/{session['id']}"
    notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
    consent = server.api("POST", f"{path}/consent", {"purposes": ["publish"], "hub": False, "noticeHash": notice["noticeHash"], "pin": pin})[1]
    state = server.api("PUT", f"{path}/shop", draft)[1]
    if published:
        state = server.api("POST", f"{path}/shop/publish")[1]
        assert state["published"], state
    server.api("DELETE", path)
    return consent["resumeCode"], state


def resume_to_builder(kiosk, code, pin):
    """Resumes with code + PIN on the attract screen, then opens "Ma page vitrine"."""
    kiosk.action("resume")
    kiosk.wait_screen("resume-code")
    kiosk.type_keys(code.replace("-", ""))
    kiosk.action("next")
    kiosk.wait_screen("resume-pin")
    kiosk.type_keys(pin)
    kiosk.action("send")
    kiosk.wait_screen("home")
    kiosk.action("shop")
    kiosk.wait_screen("shop-start")


def test_review_lists_what_to_fix(driver, server, artifacts):
    code, _ = earlier_visit(server, "1357", {"phone": "12 34", "city": "Lyon", "postcode": "69002"}, published=False)
    kiosk = Kiosk(driver, server, artifacts, "fix").open()
    resume_to_builder(kiosk, code, "1357")
    kiosk.action("begin")
    kiosk.wait_screen("shop-name")
    while kiosk.screen() != "shop-review":
        kiosk.js("document.querySelector('#main > section').dataset.seen = '1'")
        kiosk.action("next")
        kiosk.wait(lambda d: kiosk.screen() and kiosk.js("return !document.querySelector('#main > section').dataset.seen"), f"next step after {kiosk.screen()}")
    kiosk.wait_screen("shop-review")
    fixes = [el.get_attribute("data-id") for el in driver.find_elements("css selector", '#main [data-action="fix"]')]
    assert fixes == ["name", "phone"], fixes
    # The recommended fields still empty are listed too: "Tout est prêt" is not said.
    missing = [el.get_attribute("data-id") for el in driver.find_elements("css selector", '#main [data-action="complete"]')]
    assert missing == ["trade", "hours"], missing
    assert "Tout est prêt" not in kiosk.text()
    kiosk.check("shop-review-fix")
    kiosk.action("publish")
    kiosk.wait(lambda d: kiosk.screen() == "shop-review" and "corrigez" in kiosk.text(".error[role=alert]"), "not publishable yet")
    # From the review to the field, its problem shown next to it, fixed, and back to the review.
    kiosk.action("fix", "phone")
    kiosk.wait_screen("shop-contact")
    kiosk.wait(lambda d: "numéro" in kiosk.text("#phone-error").lower(), "the phone problem next to its field")
    while kiosk.field_value("phone"):
        kiosk.tap('#keyboard [data-cmd="back"]')
    kiosk.type_keys("0478123456")
    kiosk.wait(lambda d: kiosk.text("#phone-error") == "", "phone accepted")
    kiosk.action("next")
    kiosk.wait_screen("shop-review")
    fixes = [el.get_attribute("data-id") for el in driver.find_elements("css selector", '#main [data-action="fix"]')]
    assert fixes == ["name"], fixes


def test_resumed_owner_prints_a_ticket(driver, printer_server, artifacts):
    server, device = printer_server
    code, state = earlier_visit(server, "2468", {"name": "Fleurs de Lyon", "trade": "fleuriste", "phone": "04 78 00 11 22"}, published=True)
    kiosk = Kiosk(driver, server, artifacts, "ticket").open()
    resume_to_builder(kiosk, code, "2468")
    kiosk.action("published")
    kiosk.wait_screen("shop-done")
    kiosk.check("shop-done-ticket")
    assert kiosk.js("return document.getElementById('demo').hidden"), "a public address: no demonstration banner"
    kiosk.action("ticket")
    kiosk.wait(lambda d: "ticket" in kiosk.text("#print-status"), "ticket printed")
    job = device.read_bytes()
    # plain ASCII on the slip: the ticket's short address (its own code) and the code in words under it
    assert b"FLEURS DE LYON" in job and b"https://vitrine.example.org/Q/00" in job and b"CODE : 00 " in job
