"""The persona walk: a 58-year-old baker from Lyon, touch only, on the on-screen keyboard, from
the home screen to a published page (trade, address, phone, Tuesday–Saturday 6:30–13:00 and
15:30–19:30, consent). It counts what the visitor does and reads and writes the figures to
artifacts/journey-metrics.json: keyTaps (keyboard keys), otherTaps (every other tap), hoursTaps
(taps spent on the hours), screens (screens shown), estimatedSeconds (the words shown read at
150 a minute, plus 2 s a tap)."""
import json
import re

from kiosk import REPO, Kiosk

NAME = "Boulangerie Martin"
PIN = "4826"
# Every screen inserted into <main>: its name and the words it shows, recorded in the page.
RECORD_SCREENS = """
window.__screens = [];
new MutationObserver(() => {
  const s = document.querySelector('#main > section');
  if (s && s !== window.__last) { window.__last = s; window.__screens.push({ name: s.dataset.screen, text: s.innerText }); }
}).observe(document.getElementById('main'), { childList: true });
"""


class Persona(Kiosk):
    """A kiosk whose taps are counted: keys of the on-screen keyboard apart from the rest."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.keys = self.others = self.hours = 0
        self.on_hours = False

    def count(self, key):
        if key:
            self.keys += 1
        else:
            self.others += 1
        if self.on_hours:
            self.hours += 1

    def tap(self, css, timeout=10):
        self.count(css.startswith("#keyboard"))
        super().tap(css, timeout)

    def press_key(self, char):
        """As Kiosk.press_key, each key counted, shift and mode keys included."""
        if char == " ":
            self.tap('#keyboard [data-cmd="space"]')
            return
        for _ in range(4):
            for key in self.driver.find_elements("css selector", "#keyboard [data-key]"):
                if key.get_attribute("data-key") == char and key.is_displayed():
                    self.count(True)
                    key.click()
                    return
            shift = self.driver.find_elements("css selector", '#keyboard [data-cmd="shift"]')
            mode = self.driver.find_elements("css selector", '#keyboard [data-cmd="mode"]')
            upper = char != char.lower()
            if shift and upper != (shift[0].get_attribute("aria-pressed") == "true"):
                self.count(True)
                shift[0].click()
            elif mode:
                self.count(True)
                mode[0].click()
            else:
                break
        raise AssertionError(f"no key types {char!r}")

    def enter(self):
        self.tap('#keyboard [data-cmd="enter"]')

    def focused(self, field_id):
        self.wait(lambda d: self.js("return document.activeElement && document.activeElement.id") == field_id, f"focus on {field_id}")


def test_baker_publishes_her_page(driver, server, artifacts):
    kiosk = Persona(driver, server, artifacts, "persona").open()
    kiosk.js(RECORD_SCREENS)
    kiosk.action("start")
    kiosk.wait_screen("home")
    kiosk.check("home")

    # Her page: the publishing consent asked at that moment, one unticked box and one sentence.
    kiosk.action("shop")
    kiosk.wait_screen("consent")
    assert kiosk.js("return document.querySelectorAll('#main [data-action=\"purpose\"]').length") == 1
    assert kiosk.js("return document.querySelector('[data-action=\"purpose\"]').getAttribute('aria-checked')") == "false"
    kiosk.check("consent")
    kiosk.action("purpose", "publish")
    kiosk.action("next")
    kiosk.wait_screen("consent-pin")
    kiosk.focused("pin")
    kiosk.type_keys(PIN)
    kiosk.check("consent-pin", field="pin")
    kiosk.enter()
    kiosk.focused("pin2")
    kiosk.type_keys(PIN)
    kiosk.enter()
    kiosk.wait_screen("consent-done")
    kiosk.check("consent-done")
    kiosk.action("continue")

    # Name, then the trade on its own screen (never under the keyboard).
    kiosk.wait_screen("shop-name")
    kiosk.focused("name")
    kiosk.type_keys(NAME)
    kiosk.check("shop-name", field="name")
    kiosk.enter()
    kiosk.wait_screen("shop-trade")
    kiosk.check("shop-trade")
    kiosk.action("trade", "boulangerie")
    kiosk.wait_screen("shop-about")
    kiosk.enter()

    kiosk.wait_screen("shop-address")
    kiosk.type_keys("12 rue de la République")
    kiosk.enter()
    kiosk.focused("postcode")
    kiosk.type_keys("69002")
    kiosk.check("shop-address", field="postcode")
    kiosk.enter()
    kiosk.focused("city")
    kiosk.type_keys("Lyon")
    kiosk.enter()

    kiosk.wait_screen("shop-contact")
    kiosk.type_keys("0478123456")
    assert kiosk.field_value("phone") == "04 78 12 34 56"
    kiosk.enter()
    kiosk.focused("email")
    kiosk.enter()
    kiosk.focused("website")
    kiosk.enter()

    # The hours: which days, then one set of times for all of them.
    kiosk.wait_screen("shop-hours")
    kiosk.check("shop-hours")
    kiosk.on_hours = True
    kiosk.action("range", "tueSat")
    kiosk.action("next")
    kiosk.wait_screen("shop-times")
    kiosk.action("lunch")
    for time in ("06:30", "13:00", "15:30", "19:30"):
        kiosk.action("time", time)
    kiosk.wait(lambda d: kiosk.text("#closes") == "19:30", "closing time shown")
    kiosk.check("shop-times")
    kiosk.action("next")
    kiosk.on_hours = False

    kiosk.wait_screen("shop-closures")
    kiosk.action("next")
    kiosk.wait_screen("shop-social")
    for _ in range(3):
        kiosk.enter()
    kiosk.wait_screen("shop-services")
    kiosk.enter()
    kiosk.wait_screen("shop-colour")
    kiosk.action("next")

    kiosk.wait_screen("shop-review")
    kiosk.wait(lambda d: "Tout est prêt" in kiosk.text(), "Tout est prêt")
    kiosk.check("shop-review")
    kiosk.action("publish")
    kiosk.wait_screen("shop-done", timeout=20)
    kiosk.check("shop-done")

    # What went out: the bakery's week exactly, the trade, the phone.
    session = kiosk.session_ids()[-1]
    status, shop = server.api("GET", f"/api/v1/sessions/{session}/shop")
    assert status == 200 and shop["published"], shop
    draft = shop["draft"]
    assert draft["name"] == NAME and draft["trade"] == "boulangerie" and draft["postcode"] == "69002"
    assert draft["phone"].replace(" ", "") == "0478123456"
    assert draft["hours"] == [{"day": day, "opens": a, "closes": b} for day in range(2, 7)
                              for a, b in (("06:30", "13:00"), ("15:30", "19:30"))], draft["hours"]

    shown = kiosk.js("return window.__screens")
    words = sum(len(re.findall(r"\w+", s["text"])) for s in shown)
    taps = kiosk.keys + kiosk.others
    metrics = {"keyTaps": kiosk.keys, "otherTaps": kiosk.others, "hoursTaps": kiosk.hours, "screens": len(shown),
               "estimatedSeconds": round(words / 150 * 60 + 2 * taps)}
    out = REPO / "artifacts" / "journey-metrics.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(metrics) + "\n")
    print("persona:", metrics, "screens:", [s["name"] for s in shown])
    assert metrics["otherTaps"] <= 25, metrics
    assert metrics["hoursTaps"] <= 10, metrics
