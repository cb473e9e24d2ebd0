"""High-contrast and large-text modes: still no serious accessibility violation (axe checks the
contrast), still 60 px targets, text reflows, and the keyboard still leaves the field in sight."""
from kiosk import Kiosk, answer_all, start


def test_high_contrast_and_large_text(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "modes").open()
    kiosk.tap("#contrast")
    assert kiosk.js("return document.documentElement.classList.contains('contrast')")
    kiosk.check("attract-contrast")
    kiosk.tap("#large")
    size = kiosk.js("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size >= 28
    kiosk.check("attract-contrast-large")
    start(kiosk)
    kiosk.check("home-contrast-large")
    answer_all(kiosk)
    kiosk.check("result-contrast-large")
    kiosk.tap("#contrast")
    kiosk.check("result-large")
    overflow = kiosk.js("return document.documentElement.scrollWidth > innerWidth || document.getElementById('main').scrollWidth > document.getElementById('main').clientWidth")
    assert not overflow, "no horizontal scrolling in large text"
    kiosk.action("advice")
    kiosk.wait_screen("advice")
    kiosk.tap("#contrast")
    kiosk.check("advice-contrast-large")
    kiosk.tap("#back")
    kiosk.wait_screen("result")
    kiosk.tap("#back")
    kiosk.wait_screen("home")
    kiosk.action("resume")
    kiosk.wait_screen("resume-code")
    kiosk.type_keys("K7WX3MQ9")
    assert kiosk.field_value("code") == "K7WX-3MQ9"
    kiosk.check("resume-code-large", field="code")
    assert key_size(kiosk) >= 34, "large text enlarges the keyboard too"
    kiosk.tap("#back")
    kiosk.wait_screen("home")
    kiosk.action("advisor")
    kiosk.wait_screen("advisor-start")
    kiosk.action("begin")
    kiosk.wait_screen("consent")
    kiosk.check("consent-contrast-large")
    kiosk.action("purpose", "callback")
    kiosk.action("next")
    kiosk.wait_screen("consent-pin")
    kiosk.check("consent-pin-contrast-large", field="pin")
    assert key_size(kiosk) >= 40, "large text enlarges the keypad too"


def key_size(kiosk):
    """The font size (px) of the on-screen keyboard's first character key."""
    return kiosk.js("return parseFloat(getComputedStyle(document.querySelector('#keyboard [data-key]')).fontSize)")
