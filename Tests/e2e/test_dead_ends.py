"""The dead-end explorer: from the home screen, every button of every reachable screen is followed
(then Back), for visitors in different states: anonymous with the diagnostic done, with a consent
for each purpose (publishing, call-back, newsletter), and an owner resumed with code + PIN. Every
screen must offer a way forward (an enabled button, or a field to type in), and no text may ask
the visitor to withdraw consent or start again to go on."""
import re

import pytest

from kiosk import Kiosk, answer_all, give_consent, start, type_pin

# Told to undo something to go on: the dead end issue 12 found ("retirez-le … puis donnez-le à nouveau").
UNDO = re.compile(r"retirez|donnez-le à nouveau|recommencez|withdraw it|give it again|start again", re.I)
# Buttons not followed: they end the visit, print, or only repeat a choice already followed.
SKIP = {"print", "poster", "ticket", "slip", "withdraw", "unpublish"}
SAME = {"answer", "choice", "time", "day", "range", "preset", "slot", "nudge", "trade", "accent", "edit", "fix", "complete",
        "training", "action", "purpose", "hub", "topic", "preferredTime", "lunch", "open", "closure", "priority", "train"}

STATE = """
const main = document.getElementById('main');
const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility === 'visible'; };
const buttons = [...main.querySelectorAll('button[data-action]')].filter((b) => visible(b));
const words = [...main.querySelectorAll('h1, h2, h3, p, li, dt, dd')].filter((el) => !el.closest('button')).map((el) => el.textContent).join(' ');
return {
  buttons: buttons.filter((b) => !b.disabled).map((b) => [b.dataset.action, b.dataset.id || null]),
  fields: [...main.querySelectorAll('[data-kb]')].filter(visible).length,
  text: words,
};
"""


class Explorer:
    def __init__(self, kiosk, label):
        self.kiosk = kiosk
        self.label = label
        self.seen = set()
        self.visited = []

    def state(self):
        return self.kiosk.js(STATE)

    def assert_way_forward(self, name):
        state = self.state()
        assert state["buttons"] or state["fields"], f"{self.label}: screen {name} has no way forward"
        undo = UNDO.search(state["text"])
        assert not undo, f"{self.label}: screen {name} asks to undo something: …{state['text'][max(0, undo.start() - 80):undo.end() + 40]}…"
        return state

    def settle(self):
        """A screen is shown; a confirmation dialog a button opened is answered "no"."""
        self.kiosk.wait(lambda d: self.kiosk.screen() is not None or self.kiosk.js("return !!document.querySelector('dialog[open]')"), "a screen")
        if self.kiosk.js("return !!document.getElementById('confirm').open"):
            self.kiosk.tap("#confirm-no")
        self.kiosk.settle()

    def explore(self, depth=0):
        name = self.kiosk.screen()
        state = self.assert_way_forward(name)
        if name in self.seen or depth > 20:
            return
        self.seen.add(name)
        self.visited.append(name)
        followed = set()
        for action, ident in state["buttons"]:
            if action in SKIP or (action in SAME and action in followed):
                continue
            followed.add(action)
            self.settle()
            if self.kiosk.screen() != name:
                break
            marker = self.kiosk.js("const s = document.querySelector('#main > section'); s.dataset.mark = '1'; return s.dataset.screen")
            selector = f'#main [data-action="{action}"]' + (f'[data-id="{ident}"]' if ident else "")
            if not self.kiosk.js("const b = document.querySelector(arguments[0]); return !!b && !b.disabled && b.getClientRects().length > 0", selector):
                continue  # gone since the screen was read (redrawn by an earlier tap)
            self.kiosk.tap(selector)
            try:
                self.kiosk.wait(lambda d: self.kiosk.js("const s = document.querySelector('#main > section'); return !!s && !s.dataset.mark && !document.getElementById('main').hasAttribute('aria-busy')")
                                or self.kiosk.js("return !!document.querySelector('dialog[open]')"), "next screen", timeout=1.5)
            except Exception:
                continue  # the tap changed this screen in place (a chip, a tick box)
            self.settle()
            child = self.kiosk.screen()
            if child and child != marker:
                self.explore(depth + 1)
            for _ in range(4):
                if self.kiosk.screen() == name or self.kiosk.screen() == "home":
                    break
                self.kiosk.tap("#back")
                self.settle()


def explore_from_home(kiosk, label):
    kiosk.wait_screen("home")
    explorer = Explorer(kiosk, label)
    explorer.explore()
    return explorer


def test_no_dead_end_anonymous_with_diagnostic(driver, server):
    kiosk = Kiosk(driver, server, None, "explore").open()
    start(kiosk)
    answer_all(kiosk, pick=-1)
    kiosk.tap("#back")
    explorer = explore_from_home(kiosk, "anonymous")
    assert {"result", "advice", "consent", "trainings", "passport", "advisor-start"} <= set(explorer.visited), explorer.visited


@pytest.mark.parametrize("purpose", ["publish", "callback", "newsletter"])
def test_no_dead_end_with_each_purpose(driver, server, purpose):
    kiosk = Kiosk(driver, server, None, "explore").open()
    start(kiosk)
    if purpose == "publish":
        kiosk.action("shop")
    elif purpose == "callback":
        kiosk.action("advisor")
        kiosk.wait_screen("advisor-start")
        kiosk.action("begin")
    else:
        kiosk.action("passport")
        kiosk.wait_screen("passport")
        kiosk.action("save")
    give_consent(kiosk, [purpose], hub=False, pin="4826")
    kiosk.action("continue")
    kiosk.wait(lambda d: kiosk.screen() not in (None, "consent-done"), "after the consent")
    for _ in range(3):
        if kiosk.screen() == "home":
            break
        kiosk.tap("#back")
        kiosk.settle()
    explorer = explore_from_home(kiosk, purpose)
    # Another purpose is added with the PIN alone, never by withdrawing first.
    assert "consent-add" in explorer.visited, explorer.visited


def test_no_dead_end_resumed_owner(driver, server):
    status, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
    notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
    status, consent = server.api("POST", f"/api/v1/sessions/{session['id']}/consent",
                                 {"purposes": ["publish"], "hub": False, "noticeHash": notice["noticeHash"], "pin": "1357"})
    assert status == 201, consent
    server.api("PUT", f"/api/v1/sessions/{session['id']}/shop", {"name": "Fournil du Rhône", "trade": "boulangerie"})
    server.api("DELETE", f"/api/v1/sessions/{session['id']}")
    kiosk = Kiosk(driver, server, None, "explore").open()
    kiosk.action("resume")
    kiosk.wait_screen("resume-code")
    kiosk.type_keys(consent["resumeCode"].replace("-", ""))
    kiosk.action("next")
    kiosk.wait_screen("resume-pin")
    type_pin(kiosk, "pin", "1357")
    kiosk.action("send")
    kiosk.wait_screen("home")
    assert "Fournil du Rhône" in kiosk.title()
    explorer = explore_from_home(kiosk, "resumed")
    assert {"shop-start", "passport", "consent-add"} <= set(explorer.visited), explorer.visited
