"""Helpers that drive the kiosk UI the way a visitor does (taps only, through the on-screen
keyboard), plus the checks run on every screen: screenshots at three sizes, a touch-target
bounding-box scan, the fixed place of "Besoin d'aide ?", and an axe-core audit."""
import importlib.util
import json
from pathlib import Path

from axe_selenium_python import Axe
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = Path(__file__).resolve().parents[2]
SIZES = [(1280, 800), (1080, 1920), (1920, 1080), (800, 1280)]
DEFAULT_SIZE = SIZES[0]


def _axe_script():
    """axe-core 4.x when a package ships it (axe-playwright-python bundles a recent axe.min.js;
    only the file is used), else the older copy inside axe-selenium-python."""
    for package in ("axe_playwright_python", "axe_core_python"):
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            candidate = Path(list(spec.submodule_search_locations)[0]) / "axe.min.js"
            if candidate.exists():
                return str(candidate)
    return None


AXE_SCRIPT = _axe_script()

TARGET_SCAN = r"""
const selector = 'button, a[href], input, select, textarea, [role=button], [role=checkbox], [role=radio], [role=link], [tabindex]:not([tabindex="-1"])';
const modal = document.querySelector('dialog[open]');
const main = document.getElementById('main').getBoundingClientRect();
const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.dataset.action ? '[' + el.dataset.action + ']' : ''}${el.dataset.key ? '[key ' + el.dataset.key + ']' : ''}${el.dataset.cmd ? '[cmd ' + el.dataset.cmd + ']' : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
const clip = (r, c) => ({ left: Math.max(r.left, c.left), top: Math.max(r.top, c.top), right: Math.min(r.right, c.right), bottom: Math.min(r.bottom, c.bottom) });
const targets = [];
for (const el of document.querySelectorAll(selector)) {
  if (modal && !modal.contains(el)) continue;
  const style = getComputedStyle(el);
  if (style.visibility !== 'visible' || style.display === 'none') continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  let c = clip(r, view);
  if (!modal && el.closest('main')) c = clip(c, main);
  if (c.right <= c.left || c.bottom <= c.top) continue;   // scrolled out of sight
  targets.push({ el, r, c });
}
const small = [], close = [];
for (const t of targets) {
  if (t.r.width < 59.5 || t.r.height < 59.5) small.push(`${describe(t.el)} ${Math.round(t.r.width)}x${Math.round(t.r.height)}`);
}
for (let i = 0; i < targets.length; i++) {
  for (let j = i + 1; j < targets.length; j++) {
    const a = targets[i], b = targets[j];
    if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
    const dx = Math.max(a.c.left, b.c.left) - Math.min(a.c.right, b.c.right);
    const dy = Math.max(a.c.top, b.c.top) - Math.min(a.c.bottom, b.c.bottom);
    if (dx < 7.5 && dy < 7.5) close.push(`${describe(a.el)} / ${describe(b.el)} gap ${Math.round(Math.max(dx, dy))}`);
  }
}
return { count: targets.length, small, close };
"""


class Kiosk:
    def __init__(self, driver, server, artifacts=None, prefix="kiosk"):
        self.driver = driver
        self.server = server
        self.artifacts = artifacts
        self.prefix = prefix
        self.help_rects = {}
        self.checked = []
        self.size = DEFAULT_SIZE

    # ------------------------------------------------------------------ basics
    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def viewport(self, width, height):
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.size = (width, height)
        self.settle()

    def settle(self):
        """Two animation frames: layout, ResizeObservers and the chart have caught up."""
        self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")

    def open(self):
        self.viewport(*DEFAULT_SIZE)
        self.driver.get(self.server.url + "/")
        self.wait(lambda d: self.js("return document.body.dataset.ready === '1'"), "UI ready")
        return self

    def wait(self, condition, what="condition", timeout=10):
        def safe(driver):
            try:
                return condition(driver)
            except StaleElementReferenceException:
                return False
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(safe, f"timed out waiting for {what}")

    def screen(self):
        return self.js("const s = document.querySelector('#main > section'); return s && !document.getElementById('main').hasAttribute('aria-busy') ? s.dataset.screen : null;")

    def wait_screen(self, name, timeout=10):
        self.wait(lambda d: self.screen() == name, f"screen {name} (now {self.screen()})", timeout)
        self.settle()

    def find(self, css, timeout=10):
        def visible(driver):
            for el in driver.find_elements(By.CSS_SELECTOR, css):
                if el.is_displayed() and el.is_enabled() and el.get_attribute("aria-disabled") != "true":
                    return el
            return False
        return self.wait(visible, f"visible, enabled {css}", timeout)

    def tap(self, css, timeout=10):
        for _ in range(3):
            try:
                self.find(css, timeout).click()
                return
            except StaleElementReferenceException:
                continue
        raise AssertionError(f"could not tap {css}")

    def action(self, name, ident=None, scope="#main"):
        self.tap(f'{scope} [data-action="{name}"]' + (f'[data-id="{ident}"]' if ident else ""))

    def text(self, css="#main"):
        return self.driver.find_element(By.CSS_SELECTOR, css).text

    def title(self):
        return self.text("#screen-title")

    # ------------------------------------------------------------------ on-screen keyboard
    def press_key(self, char):
        if char == " ":
            self.tap('#keyboard [data-cmd="space"]')
            return
        for _ in range(4):
            for key in self.driver.find_elements(By.CSS_SELECTOR, "#keyboard [data-key]"):
                if key.get_attribute("data-key") == char and key.is_displayed():
                    key.click()
                    return
            shift = self.driver.find_elements(By.CSS_SELECTOR, '#keyboard [data-cmd="shift"]')
            mode = self.driver.find_elements(By.CSS_SELECTOR, '#keyboard [data-cmd="mode"]')
            if char != char.lower() and shift and shift[0].get_attribute("aria-pressed") != "true":
                shift[0].click()
            elif char == char.lower() and shift and shift[0].get_attribute("aria-pressed") == "true":
                shift[0].click()
            elif mode:
                mode[0].click()
            else:
                break
        raise AssertionError(f"no key types {char!r}")

    def type_keys(self, text):
        for char in text:
            self.press_key(char)

    def field_value(self, field_id):
        return self.js("return document.getElementById(arguments[0]).value", field_id)

    def assert_keyboard_clear_of(self, field_id):
        """The keyboard is on screen, the field has the focus, is fully in sight inside <main>,
        and the keyboard (below it, or beside it in landscape for the keypad) does not overlap it."""
        info = self.js("""
            const box = (el) => { const r = el.getBoundingClientRect(); return { l: r.left, t: r.top, r: r.right, b: r.bottom }; };
            const k = document.getElementById('keyboard');
            return { hidden: k.hidden, field: box(document.getElementById(arguments[0])), keyboard: box(k),
                     main: box(document.getElementById('main')),
                     focused: document.activeElement && document.activeElement.id };
        """, field_id)
        assert not info["hidden"], "keyboard not shown"
        assert info["focused"] == field_id, f"focus is on {info['focused']}"
        f, k, m = info["field"], info["keyboard"], info["main"]
        overlap = min(f["r"], k["r"]) - max(f["l"], k["l"]) > 0.5 and min(f["b"], k["b"]) - max(f["t"], k["t"]) > 0.5
        assert not overlap, f"keyboard covers the field: {info}"
        inside = f["t"] >= m["t"] - 0.5 and f["b"] <= m["b"] + 0.5 and f["l"] >= m["l"] - 0.5 and f["r"] <= m["r"] + 0.5
        assert inside, f"field not fully in sight: {info}"

    # ------------------------------------------------------------------ checks on a screen
    def check(self, name, axe=True, sizes=SIZES, help_fixed=True, field=None):
        """Screenshots at every size, target-size scan at every size, axe at the default size;
        with `field`, also that the on-screen keyboard leaves that field in sight at every size."""
        problems = []
        original = self.size
        for width, height in sizes:
            self.viewport(width, height)
            if field:
                self.settle()
                try:
                    self.assert_keyboard_clear_of(field)
                except AssertionError as error:
                    problems.append(f"{width}x{height}: {error}")
            scan = self.js(TARGET_SCAN)
            wide = self.js("const m = document.getElementById('main'); return [document.documentElement.scrollWidth - innerWidth, m.scrollWidth - m.clientWidth];")
            if max(wide) > 1:
                problems.append(f"{width}x{height}: content wider than the screen by {max(wide)} px (no reflow)")
            if scan["small"]:
                problems.append(f"{width}x{height} targets under 60 px: {scan['small']}")
            if scan["close"]:
                problems.append(f"{width}x{height} targets closer than 8 px: {scan['close']}")
            if help_fixed and not self.js("return !!document.querySelector('dialog[open]')"):
                rect = self.js("const r = document.getElementById('help').getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];")
                large = self.js("return document.documentElement.classList.contains('large')")
                first = self.help_rects.setdefault((width, height, large), (name, rect))
                if first[1] != rect:
                    problems.append(f"{width}x{height}: help button at {rect} on {name}, at {first[1]} on {first[0]}")
            if self.artifacts is not None:
                self.driver.save_screenshot(str(self.artifacts / f"{self.prefix}-{name}-{width}x{height}.png"))
        self.viewport(*original)
        if axe:
            problems += self.axe_problems(name)
        self.checked.append(name)
        assert not problems, f"screen {name}:\n  " + "\n  ".join(problems)

    def axe_problems(self, name):
        auditor = Axe(self.driver, AXE_SCRIPT) if AXE_SCRIPT else Axe(self.driver)
        if not self.js("return typeof window.axe === 'object'"):
            auditor.inject()
        results = auditor.run(options="{resultTypes: ['violations']}")
        found = []
        for violation in results["violations"]:
            if violation.get("impact") in ("serious", "critical"):
                nodes = [" ".join(map(str, node["target"])) for node in violation["nodes"][:4]]
                found.append(f"axe {violation['id']} ({violation['impact']}): {violation['help']} at {nodes}")
        return found

    def storage_is_empty(self):
        return self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const base = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
            (indexedDB.databases ? indexedDB.databases() : Promise.resolve([])).then((dbs) => done({ ...base, idb: dbs.length }));
        """)

    def session_ids(self):
        """Visitor session ids this page has talked to (from the resource timing entries)."""
        names = self.js("return performance.getEntriesByType('resource').map((e) => e.name)")
        ids = []
        for name in names:
            if "/api/v1/sessions/" in name:
                ident = name.split("/api/v1/sessions/")[1].split("/")[0].split("?")[0]
                if ident and ident not in ids:
                    ids.append(ident)
        return ids


def content(lang, name):
    with open(REPO / "content" / lang / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


def correct_choices(training_id):
    training = next(t for t in content("fr", "trainings")["trainings"] if t["id"] == training_id)
    return [next(c["id"] for c in q["choices"] if c.get("correct")) for q in training["quiz"]["questions"]]


# ---------------------------------------------------------------------- flows shared by tests
def start(kiosk):
    kiosk.action("start")
    kiosk.wait_screen("home")


def shown_question(kiosk):
    """The diagnostic question on screen (from the content), once its screen is fully shown."""
    kiosk.wait(lambda d: kiosk.screen() in ("diag-q", "diag-review") and not kiosk.js("return document.querySelector('#main > section').dataset.seen"), "next question")
    if kiosk.screen() == "diag-review":
        return None
    lang = kiosk.js("return document.documentElement.lang")
    title = kiosk.title()
    return next(q for q in content(lang, "diagnostic")["questions"] if q["text"] == title)


def visible_count(questions, answers):
    """Questions shown for these answers: a `showIf` question only when its condition holds."""
    return sum(1 for q in questions if not q.get("showIf") or answers.get(q["showIf"]["question"]) in q["showIf"]["answers"])


def answer_question(kiosk, question, answer=None):
    """Answers (or, with answer None, skips) the question on screen, marking the screen as seen."""
    kiosk.js("document.querySelector('#main > section').dataset.seen = '1'")
    if answer is None:
        kiosk.action("skip")
    else:
        kiosk.action("answer", answer)


def answer_all(kiosk, pick=-1):
    """Answers every question shown (an answer may hide later ones) with answer `pick` (default:
    the last one offered)."""
    kiosk.action("diagnostic")
    kiosk.wait_screen("diag-intro")
    kiosk.action("begin")
    while (question := shown_question(kiosk)) is not None:
        answer_question(kiosk, question, question["answers"][pick]["id"])
    kiosk.wait_screen("diag-review")
    kiosk.action("send")
    kiosk.wait_screen("result")


def pass_training(kiosk, training_id):
    training = next(t for t in content("fr", "trainings")["trainings"] if t["id"] == training_id)
    kiosk.action("training", training_id)
    for index in range(len(training["steps"])):
        kiosk.wait(lambda d: kiosk.screen() == "training" and kiosk.text(".step").startswith(f"Étape {index + 1} "), f"step {index + 1}")
        kiosk.action("next")
    for index, choice in enumerate(correct_choices(training_id)):
        kiosk.wait(lambda d: kiosk.screen() == "quiz" and kiosk.text(".eyebrow").startswith(f"Question {index + 1} "), f"quiz {index + 1}")
        kiosk.action("choice", choice)
    kiosk.wait_screen("quiz-review")
    kiosk.action("send")
    kiosk.wait_screen("quiz-result")
    return training


def type_pin(kiosk, field_id, pin):
    kiosk.wait(lambda d: kiosk.js("return document.activeElement && document.activeElement.id") == field_id, f"focus on {field_id}")
    kiosk.type_keys(pin)
    assert kiosk.field_value(field_id) == pin


def give_consent(kiosk, purposes, hub, pin, check=None):
    """From the consent screen to the resume code (the PIN twice on one screen, Valider moving
    from the first field to the second, then saving); returns the code shown."""
    kiosk.wait_screen("consent")
    for purpose in purposes:
        kiosk.action("purpose", purpose)
    if hub:
        kiosk.action("hub")
    kiosk.action("next")
    kiosk.wait_screen("consent-pin")
    type_pin(kiosk, "pin", pin)
    if check:
        kiosk.check(f"{check}-consent-pin", field="pin")
    kiosk.tap('#keyboard [data-cmd="enter"]')
    type_pin(kiosk, "pin2", pin)
    kiosk.tap('#keyboard [data-cmd="enter"]')
    kiosk.wait_screen("consent-done")
    code = kiosk.text(".big-code")
    if check:
        kiosk.check(f"{check}-consent-done")
    return code
