"""Idle reset on a public kiosk: warning dialog with a countdown and "Plus de temps", then the
attract screen, the server session closed, and nothing of the visitor left in the DOM, the
browser storage or the history (Back)."""
from kiosk import DEFAULT_SIZE, Kiosk, give_consent, start

CANARY = "Zoé Canari-Témoin"


def idle_dialog_open(kiosk):
    return kiosk.js("return document.getElementById('idle').open")


def test_idle_warning_then_reset_leaves_nothing(driver, idle_server, artifacts):
    kiosk = Kiosk(driver, idle_server, artifacts, "idle").open()
    settings = idle_server.api("GET", "/api/v1/kiosk")[1]
    idle, countdown = settings["idleSeconds"], settings["countdownSeconds"]

    start(kiosk)
    kiosk.action("advisor")
    kiosk.wait_screen("advisor-start")
    kiosk.action("begin")
    give_consent(kiosk, ["callback"], hub=True, pin="8642")
    kiosk.action("continue")
    kiosk.wait_screen("advisor-name")
    kiosk.type_keys(CANARY)
    assert kiosk.field_value("name") == CANARY
    session = kiosk.session_ids()[0]

    # Quiet: the warning comes, announced, with a countdown and "Plus de temps".
    kiosk.wait(lambda d: idle_dialog_open(kiosk), "idle warning", timeout=idle + 10)
    left = int(kiosk.text("#idle-count"))
    assert 0 < left <= countdown
    assert kiosk.js("return document.getElementById('idle').getAttribute('role')") == "alertdialog"
    kiosk.check("idle-dialog", help_fixed=False, sizes=[DEFAULT_SIZE])
    kiosk.tap("#idle-more")
    kiosk.wait(lambda d: not idle_dialog_open(kiosk), "warning closed")
    assert kiosk.screen() == "advisor-name" and kiosk.field_value("name") == CANARY
    assert not idle_server.session_closed(session), "session kept alive by 'Plus de temps'"

    # Quiet again, to the end: back to the attract screen.
    kiosk.wait(lambda d: idle_dialog_open(kiosk), "second idle warning", timeout=idle + 10)
    kiosk.wait(lambda d: kiosk.js("return document.body.dataset.ready === '1' && !!document.querySelector('[data-screen=attract]')"),
               "attract screen", timeout=countdown + 10)
    kiosk.driver.save_screenshot(str(artifacts / "idle-after-reset-1280x800.png"))
    assert CANARY not in driver.page_source
    assert kiosk.js("return document.documentElement.lang") == "fr"
    assert kiosk.storage_is_empty() == {"local": 0, "session": 0, "cookie": "", "idb": 0}
    assert idle_server.session_closed(session), "server session still open"

    # Back shows nothing of the previous visitor.
    assert kiosk.js("return history.length") <= 2
    driver.back()
    kiosk.wait(lambda d: kiosk.js("return document.readyState") == "complete", "back navigation")
    assert CANARY not in driver.page_source
    assert "Crêperie" not in driver.page_source and "8642" not in driver.page_source
    driver.forward()
    kiosk.wait(lambda d: kiosk.js("return document.readyState") == "complete", "forward navigation")
    assert CANARY not in driver.page_source
