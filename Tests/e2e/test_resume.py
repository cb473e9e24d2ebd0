"""Keeping a journey with consent + PIN, resuming it in a new visitor session with the code and
the PIN, and the lockout after repeated wrong PINs."""
from kiosk import Kiosk, answer_all, give_consent, pass_training, start, type_pin


def test_resume_with_code_and_pin_in_a_new_session(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "resume").open()
    start(kiosk)
    answer_all(kiosk, pick=0)
    kiosk.tap("#back")
    kiosk.wait_screen("home")
    kiosk.action("trainings")
    kiosk.wait_screen("trainings")
    kiosk.check("trainings")
    training = pass_training(kiosk, "cybersecurite")
    kiosk.action("passport")
    kiosk.wait_screen("passport")
    kiosk.action("save")
    code = give_consent(kiosk, ["newsletter"], hub=True, pin="2468")
    kiosk.action("continue")
    kiosk.wait_screen("passport")
    assert code in kiosk.text()
    # Shared with the hub: the passport shows its QR code, a real image from the kiosk.
    kiosk.wait(lambda d: kiosk.js("const i = document.querySelector('#main img.qr'); return !!i && i.complete && i.naturalWidth > 0"), "passport QR code")
    first_session = kiosk.session_ids()[0]

    kiosk.tap("#finish")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('confirm').open"), "confirm")
    assert code in kiosk.text("#confirm-text"), "the finish dialog reminds the code"
    kiosk.tap("#confirm-yes")
    kiosk.wait(lambda d: kiosk.js("return document.body.dataset.ready === '1' && !!document.querySelector('[data-screen=attract]')"), "attract")
    assert server.session_closed(first_session)

    # A new visitor session: code on the code keyboard (the dash comes by itself), then the PIN.
    kiosk.action("resume")
    kiosk.wait_screen("resume-code")
    kiosk.type_keys(code.replace("-", ""))
    assert kiosk.field_value("code") == code
    kiosk.check("resume-code", field="code")
    kiosk.action("next")
    kiosk.wait_screen("resume-pin")
    type_pin(kiosk, "pin", "1111")
    kiosk.action("send")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('pin-error').dataset.code") == "wrong_pin", "wrong PIN message")
    assert kiosk.text("#pin-error")
    assert kiosk.field_value("pin") == ""
    kiosk.check("resume-pin-wrong", field="pin")
    type_pin(kiosk, "pin", "2468")
    kiosk.action("send")
    # Welcomed back on the home screen, which no longer invites to the diagnostic already done.
    kiosk.wait_screen("home")
    assert kiosk.title().startswith("Bon retour")
    assert "commencer par le diagnostic" not in kiosk.text()
    kiosk.check("home-welcome")
    kiosk.action("passport")
    kiosk.wait_screen("passport")
    text = kiosk.text()
    assert training["title"] in text and code in text
    assert kiosk.session_ids()[-1] != first_session

    # The diagnostic of the earlier visit: its score at least, never an error screen.
    kiosk.tap("#back")
    kiosk.wait_screen("home")
    kiosk.action("diagnostic")
    kiosk.wait_screen("result")
    assert kiosk.title() == "Votre résultat" and "100 sur 100" in kiosk.text()
    kiosk.check("result-resumed")


def test_pin_lockout_after_repeated_wrong_pins(driver, server, artifacts):
    status, session = server.api("POST", "/api/v1/sessions", {"language": "fr"})
    assert status == 201
    notice = server.api("GET", "/api/v1/privacy?lang=fr")[1]
    status, consent = server.api("POST", f"/api/v1/sessions/{session['id']}/consent",
                                 {"purposes": ["newsletter"], "hub": False, "noticeHash": notice["noticeHash"], "pin": "1357"})
    assert status == 201, consent
    code = consent["resumeCode"]
    server.api("DELETE", f"/api/v1/sessions/{session['id']}")

    kiosk = Kiosk(driver, server, artifacts, "lockout").open()
    kiosk.action("resume")
    kiosk.wait_screen("resume-code")
    kiosk.type_keys(code.replace("-", ""))
    kiosk.action("next")
    kiosk.wait_screen("resume-pin")
    outcome = None
    for attempt in range(1, 13):
        type_pin(kiosk, "pin", "0000")
        kiosk.js("document.getElementById('pin-error').dataset.code = ''")
        kiosk.action("send")
        kiosk.wait(lambda d: kiosk.js("return document.getElementById('pin-error').dataset.code") in ("wrong_pin", "locked"), "PIN verdict")
        outcome = kiosk.js("return document.getElementById('pin-error').dataset.code")
        if outcome == "locked":
            break
    assert outcome == "locked", "no lockout after 12 wrong PINs"
    assert attempt >= 3, "locked out too early"
    assert kiosk.text("#pin-error"), "the lockout is explained next to the field"
    kiosk.check("resume-locked", field="pin")
    # Even the right PIN is refused while locked.
    type_pin(kiosk, "pin", "1357")
    kiosk.js("document.getElementById('pin-error').dataset.code = ''")
    kiosk.action("send")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('pin-error').dataset.code") == "locked", "still locked")
    assert kiosk.screen() == "resume-pin"
