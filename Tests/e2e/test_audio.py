"""The audio mode (issue 16, EN 301 549 §5.1) used as a visitor without sight uses it: switched on
by a long press in a corner, every screen read from its own text, a touch to hear a control and a
second touch (or a double tap on an empty spot) to act, interruptible, "Répéter", slower speech,
the idle warning spoken and later; personal values sent to the speech route only with a headset.

What is spoken is recorded in the page (the daemon logs no text by design): each `fetch` to
/api/v1/speech (the privacy checks), and each `play()` / `pause()` / end of the one audio element
with the text it plays (what each screen says, cached or not). Playback ends at once (a stand-in
loudspeaker, so a screen is "heard" at machine speed), except where interruption is tested."""
import re
import time
from collections import Counter

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder

from kiosk import DEFAULT_SIZE, Kiosk, content, shown_question

RECORDER = """
if (!window.__speech) {
  const log = window.__speech = { sent: [], plays: [], pauses: [], ends: [], screens: [], instant: true };
  const blobs = new WeakMap(), urls = new Map();
  const plainFetch = window.fetch;
  window.fetch = async function (url, init) {
    if (url !== "/api/v1/speech") return plainFetch.apply(this, arguments);
    const body = JSON.parse(init.body);
    log.sent.push({ ...body, at: performance.now() });
    const response = await plainFetch.apply(this, arguments);
    const blob = response.blob.bind(response);
    response.blob = async () => { const b = await blob(); blobs.set(b, body.text); return b; };
    return response;
  };
  const objectURL = URL.createObjectURL;
  URL.createObjectURL = (b) => { const url = objectURL(b); urls.set(url, blobs.get(b)); return url; };
  const play = HTMLMediaElement.prototype.play, pause = HTMLMediaElement.prototype.pause;
  HTMLMediaElement.prototype.play = function () {
    log.plays.push({ text: urls.get(this.src), at: performance.now() });
    if (!log.instant) {
      this.addEventListener("ended", () => log.ends.push(performance.now()), { once: true });
      return play.call(this);
    }
    setTimeout(() => this.dispatchEvent(new Event("ended")), 0);
    return Promise.resolve();
  };
  HTMLMediaElement.prototype.pause = function () { log.pauses.push(performance.now()); return pause.call(this); };
  new MutationObserver(() => {
    const s = document.querySelector('#main > section');
    if (s) log.screens.push({ name: s.dataset.screen, at: performance.now() });
  }).observe(document.getElementById('main'), { childList: true });
}
"""

WORD = re.compile(r"\w+")
STATES = ("sélectionné", "non sélectionné", "indisponible")  # a control's state, spoken after its name


def words(text):
    return Counter(w.lower() for w in WORD.findall(text or ""))


class Listener:
    """The kiosk, touched the audio mode's way, with what it sends to the speech route."""

    def __init__(self, kiosk):
        self.kiosk = kiosk
        self.mark = 0
        kiosk.js(RECORDER)

    def log(self):
        return self.kiosk.js("return window.__speech")

    def sent(self):
        return [entry["text"] for entry in self.log()["sent"]]

    def played(self):
        """Texts played, no-break spaces as WebDriver's element text gives them (plain spaces)."""
        return [(entry["text"] or "").replace("\xa0", " ") for entry in self.log()["plays"]]

    def since(self):
        """The texts played since the last `since()`."""
        texts = self.played()
        new, self.mark = texts[self.mark:], len(texts)
        return new

    def wait_heard(self, predicate, what, timeout=10):
        return self.kiosk.wait(lambda d: predicate(self.played()[self.mark:]), what, timeout)

    def touch(self, css):
        self.kiosk.find(css).click()

    def hear(self, css, name=None):
        """One touch: the control is read (and nothing happens)."""
        self.since()
        screen = self.kiosk.screen()
        self.touch(css)
        try:
            # (any of the texts since: an announcement, the idle countdown, may come just before)
            self.wait_heard(lambda texts: texts and (name is None or any(name in text for text in texts)), f"{css} read aloud")
        except Exception:
            raise AssertionError(f"{css}: heard {self.played()[self.mark - 5:]}")
        assert self.kiosk.screen() == screen, f"one touch on {css} acted"
        return self.since()

    def press(self, css, name=None):
        """Touch to hear, touch again to act."""
        heard = self.hear(css, name)
        self.touch(css)
        return heard

    def valider(self):
        """A double tap on an empty spot (the screen's title): activates the control last read."""
        ActionChains(self.kiosk.driver).double_click(self.kiosk.find("#screen-title")).perform()

    def long_press_corner(self):
        builder = ActionBuilder(self.kiosk.driver)
        builder.pointer_action.move_to_location(8, 8).pointer_down().pause(2.4).pointer_up()
        builder.perform()

    def screen_read(self, name, before=(), masked=()):
        """Waits for screen `name`, then for its reading (after the texts `before`); checks it says
        the screen's visible text, its title first, `masked` values said as "information personnelle"."""
        self.kiosk.wait_screen(name)
        visible = self.kiosk.text("#main > section")
        for value in masked:
            visible = visible.replace(value, "information personnelle")
        title = self.kiosk.title()
        said = lambda: sum(words(" ".join(text for text in self.played()[self.mark:] if text not in STATES)).values())
        self.kiosk.wait(lambda d: said() >= sum(words(" ".join([*before, visible])).values()), f"{name} read aloud", timeout=40)
        time.sleep(0.2)
        spoken = [text for text in self.since() if text not in STATES]
        assert spoken[:len(before)] == list(before)
        spoken = spoken[len(before):]
        assert spoken[0] == title, f"{name}: read {spoken[0]!r} first, not its title {title!r}"
        assert words(" ".join(spoken)) == words(visible), f"{name}: spoken {spoken} ≠ shown {visible!r}"
        assert self.kiosk.js("return document.getElementById('audio').getAttribute('aria-pressed')") == "true"
        assert self.kiosk.find("#audio").is_displayed(), "Écouter on every screen"
        return spoken

    def type_keys(self, text):
        """Each key touched twice (heard, then typed), the key just typed once more; shift and
        symbols the same way."""
        previous = None
        for char in text:
            key = '#keyboard [data-cmd="space"]' if char == " " else "#keyboard [data-key='%s']" % char.replace("'", "\\'")
            if char == previous:
                count = len(self.played())
                self.touch(key)
                self.kiosk.wait(lambda d: len(self.played()) > count, "typed again")
                continue
            previous = char
            for _ in range(4):
                if char == " " or self.kiosk.js("return [...document.querySelectorAll('#keyboard [data-key]')].some((k) => k.dataset.key === arguments[0])", char):
                    break
                shift = self.kiosk.js("const s = document.querySelector('#keyboard [data-cmd=shift]'); return s && s.getAttribute('aria-pressed')")
                self.press('#keyboard [data-cmd="shift"]' if shift and (char != char.lower()) != (shift == "true") else '#keyboard [data-cmd="mode"]')
                previous = None
            self.press(key)


def switch_on(kiosk, ear):
    """"Écouter" while the mode is off: one touch switches it on (it reads the screen)."""
    time.sleep(0.5)  # the attract hint a touch before may have said
    ear.since()
    ear.touch("#audio")
    ear.screen_read("attract", before=[kiosk.text("#audio-hint")])


def test_diagnostic_walked_by_ear(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "audio").open()
    ear = Listener(kiosk)

    # The attract screen says how: the hint is on screen and spoken on a touch, mode still off.
    tip = kiosk.text("#audio-tip")
    assert "coin" in tip and "Écouter" in tip
    ear.touch("#screen-title")
    ear.wait_heard(lambda texts: tip in texts, "the attract hint spoken")
    assert kiosk.js("return document.getElementById('audio').getAttribute('aria-pressed')") == "false"
    ear.since()

    # A long press in a corner switches it on: the mode's hint, then the attract screen, read.
    ear.long_press_corner()
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('audio').getAttribute('aria-pressed')") == "true", "audio mode on")
    # (the press itself, mode still off, says the hint again: hold on)
    ear.screen_read("attract", before=[tip, kiosk.text("#audio-hint")])
    kiosk.check("attract-audio")

    # One touch reads "Commencer" and does nothing; the second starts.
    ear.press('[data-action="start"]', "Commencer")
    ear.screen_read("home")
    kiosk.check("home-audio")
    ear.press('#main [data-action="diagnostic"]')
    ear.screen_read("diag-intro")
    ear.press('#main [data-action="begin"]')

    # Every question: read (title first), an answer heard then chosen by a second touch or by
    # Valider (double tap on an empty spot); "Répéter" reads the screen again.
    questions = 0
    while (question := shown_question(kiosk)) is not None:
        spoken = ear.screen_read("diag-q")
        plain = lambda text: text.replace("\xa0", " ")
        assert spoken[0] == plain(question["text"])
        for answer in question["answers"]:
            assert plain(answer["label"]) in spoken, f"choice {answer['label']} not read"
        if question.get("help"):
            assert plain(question["help"]) in spoken
        if questions == 0:
            kiosk.check("diag-q-audio")
            ear.press("#audio-repeat", "Répéter")
            ear.wait_heard(lambda texts: plain(question["text"]) in texts, "screen read again")
            ear.since()
        kiosk.js("document.querySelector('#main > section').dataset.seen = '1'")
        answer = question["answers"][questions % len(question["answers"])]
        heard = ear.hear(f'#main [data-action="answer"][data-id="{answer["id"]}"]')
        assert heard[0] == plain(answer["label"])
        if questions % 2:
            ear.valider()
        else:
            ear.touch(f'#main [data-action="answer"][data-id="{answer["id"]}"]')
        questions += 1
    assert questions >= 18
    ear.screen_read("diag-review")
    ear.press('#main [data-action="send"]')
    spoken = ear.screen_read("result")
    kiosk.check("result-audio")

    # Interruptible: while the result is read (real playback here), a touch stops it mid-sentence
    # and reads what was touched, and only that.
    kiosk.js("window.__speech.instant = false")
    ear.press("#audio-repeat")
    ear.wait_heard(lambda texts: kiosk.title() in texts, "reading again")
    time.sleep(0.3)
    touched = kiosk.js("return performance.now()")
    ear.touch("#help")
    help_name = kiosk.text("#help")
    kiosk.wait(lambda d: any(p["at"] > touched and p["text"] == help_name for p in ear.log()["plays"]), "help read")
    time.sleep(1)
    log = ear.log()
    last = max(p["at"] for p in log["plays"] if p["at"] < touched)
    assert not any(last <= end < touched for end in log["ends"]), "nothing was being read when touched"
    assert any(at >= touched for at in log["pauses"]), "the reading was not stopped"
    assert [p["text"] for p in log["plays"] if p["at"] > touched] == [help_name], "the screen's reading went on"
    kiosk.js("window.__speech.instant = true")
    ear.since()

    # Slower speech: asked of the route with a lower rate.
    ear.press("#audio-slow", "Plus lent")
    ear.wait_heard(lambda texts: len(texts) > 1, "read again slower")
    rates = [entry.get("rate") for entry in ear.log()["sent"][-2:]]
    assert all(rate and rate < 150 for rate in rates), rates
    assert kiosk.js("return document.getElementById('audio-slow').getAttribute('aria-pressed')") == "true"

    # Off again with the same button (two touches); nothing more is sent.
    ear.press("#audio", "Écouter")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('audio').getAttribute('aria-pressed')") == "false", "audio mode off")
    time.sleep(0.3)
    ear.since()
    kiosk.action("advice")
    kiosk.wait_screen("advice")
    time.sleep(0.5)
    assert ear.since() == [], "spoken with the audio mode off"
    # ...and on again with the long press, then off with it.
    ear.long_press_corner()
    ear.wait_heard(lambda texts: kiosk.title() in texts, "advice read")
    ear.long_press_corner()
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('audio').getAttribute('aria-pressed')") == "false", "off by long press")


CANARY_NAME = "Zoé Canari"
CANARY_PHONE = "0611223344"
PIN = "8642"


@pytest.mark.parametrize("headset", [False, True], ids=["speaker", "headset"])
def test_personal_values_only_with_a_headset(driver, server, artifacts, headset):
    kiosk = Kiosk(driver, server, artifacts, f"audio-{'headset' if headset else 'speaker'}").open()
    ear = Listener(kiosk)
    switch_on(kiosk, ear)
    ear.press('[data-action="start"]', "Commencer")
    ear.screen_read("home")
    ear.press('#main [data-action="advisor"]')
    ear.screen_read("advisor-start")
    ear.press('#main [data-action="begin"]')
    ear.screen_read("consent")
    ear.press('#main [data-action="purpose"][data-id="callback"]')
    ear.wait_heard(lambda texts: any("sélectionné" in text for text in texts), "new state read")
    ear.press('#main [data-action="next"]')

    # The PIN screen shows a personal field: the private-listening question first, once.
    kiosk.wait_screen("consent-pin")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('private').open"), "private listening asked")
    kiosk.check("private-question" + ("-headset" if headset else ""), help_fixed=False, sizes=[DEFAULT_SIZE, (800, 1280)])
    ear.press("#private-yes" if headset else "#private-no")
    kiosk.wait(lambda d: not kiosk.js("return document.getElementById('private').open"), "question answered")
    ear.wait_heard(lambda texts: kiosk.title() in texts, "PIN screen read")
    ear.type_keys(PIN)
    assert kiosk.field_value("pin") == PIN
    kiosk.check("consent-pin-audio" + ("-headset" if headset else ""), field="pin")
    ear.press('#keyboard [data-cmd="enter"]')
    kiosk.wait(lambda d: kiosk.js("return document.activeElement.id") == "pin2", "second PIN field")
    ear.type_keys(PIN)
    ear.press('#keyboard [data-cmd="enter"]')
    kiosk.wait_screen("consent-done")
    code = kiosk.text(".big-code")
    ear.screen_read("consent-done", masked=() if headset else [code])
    ear.press('#main [data-action="continue"]')

    kiosk.wait_screen("advisor-name")
    assert not kiosk.js("return document.getElementById('private').open"), "asked once a visit"
    ear.type_keys(CANARY_NAME)
    assert kiosk.field_value("name") == CANARY_NAME
    ear.hear("#name")  # the field: its label, and its value only with a headset
    ear.press('#keyboard [data-cmd="enter"]')
    kiosk.wait_screen("advisor-phone")
    ear.type_keys(CANARY_PHONE)
    assert kiosk.field_value("phone") == "06 11 22 33 44"
    ear.hear("#phone")
    # An error is read: the visitor is not told by sight only.
    ear.since()
    kiosk.js("document.getElementById('phone-error').textContent = arguments[0]", "Numéro incomplet.")
    ear.wait_heard(lambda texts: "Numéro incomplet." in texts, "error read")

    sent = " | ".join(ear.sent())
    typed = [entry["text"] for entry in ear.log()["sent"]]
    secrets = [CANARY_NAME, "Zoé", "Canari", "06 11 22 33 44", code]
    if headset:
        for value in (CANARY_NAME, "06 11 22 33 44", code):
            assert value in sent, f"{value} not read with a headset"
    else:
        for value in secrets:
            assert value not in sent, f"{value} sent to the speech route without a headset"
        for char in set(PIN + CANARY_PHONE + "ZoéCanri"):
            assert char not in typed, f"key {char!r} read aloud without a headset"
        assert "chiffre saisi" in typed and "caractère saisi" in typed


def test_idle_warning_spoken_and_later(driver, idle_server, artifacts):
    kiosk = Kiosk(driver, idle_server, artifacts, "audio-idle").open()
    settings = idle_server.api("GET", "/api/v1/kiosk")[1]
    idle = settings["idleSeconds"]
    ear = Listener(kiosk)
    switch_on(kiosk, ear)
    ear.press('[data-action="start"]', "Commencer")
    ear.screen_read("home")
    session = kiosk.session_ids()[0]
    time.sleep(idle + 2)
    assert not kiosk.js("return document.getElementById('idle').open"), "warned at the ordinary idle time"
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('idle').open"), "idle warning", timeout=idle * 2 + 10)
    ear.wait_heard(lambda texts: kiosk.text("#idle-title") in texts, "warning spoken")
    assert not idle_server.session_closed(session), "the server ended the session before the kiosk"
    ear.press("#idle-more", "Plus de temps")
    kiosk.wait(lambda d: not kiosk.js("return document.getElementById('idle').open"), "more time")
    assert kiosk.screen() == "home" and not idle_server.session_closed(session)


def test_with_high_contrast_and_large_text(driver, server, artifacts):
    """The audio mode with the display modes: the screens still pass axe, the target scan and
    the screenshots, the control being read outlined at 7:1."""
    kiosk = Kiosk(driver, server, artifacts, "audio-contrast").open()
    ear = Listener(kiosk)
    kiosk.tap("#contrast")
    kiosk.tap("#large")
    switch_on(kiosk, ear)
    kiosk.check("attract-contrast-large-audio")
    ear.press('[data-action="start"]', "Commencer")
    ear.screen_read("home")
    ear.hear('#main [data-action="diagnostic"]')
    assert kiosk.js("return document.activeElement.dataset.action") == "diagnostic", "the control read has the focus"
    outline = kiosk.js("const s = getComputedStyle(document.querySelector('.armed')); return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]")
    assert outline[0] == "solid" and outline[1] >= 4, outline
    kiosk.check("home-contrast-large-audio")
