"""Consent before any personal field, then the advisor call-back request typed on the on-screen
keyboards: accented text on the AZERTY layout, the phone on the 3×4 keypad."""
import re

from kiosk import Kiosk, give_consent, start, type_pin


def test_consent_then_advisor_request_typed_on_screen(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "advisor").open()
    start(kiosk)
    kiosk.action("advisor")
    kiosk.wait_screen("advisor-start")
    kiosk.check("advisor-start")
    kiosk.action("begin")

    # Asked at the moment of need: a plain summary, the one purpose this task needs (unticked) and
    # the optional hub choice; the full notice one tap away; no personal field yet.
    kiosk.wait_screen("consent")
    assert not driver.find_elements("css selector", "#main input")
    boxes = driver.find_elements("css selector", '#main [role="checkbox"]')
    assert len(boxes) == 2, "the call-back purpose and the hub question"
    assert all(box.get_attribute("aria-checked") == "false" for box in boxes)
    kiosk.check("consent")
    kiosk.action("notice")
    kiosk.wait_screen("consent-notice")
    assert "Vos droits" in kiosk.text()
    kiosk.check("consent-notice")
    kiosk.action("read")
    kiosk.wait_screen("consent")
    kiosk.action("next")
    kiosk.wait(lambda d: "cochez" in kiosk.text("#screen-error"), "callback required message")
    assert kiosk.screen() == "consent"

    # The PIN twice on one screen; a mistyped confirmation is caught next to its field.
    kiosk.action("purpose", "callback")
    kiosk.action("next")
    kiosk.wait_screen("consent-pin")
    type_pin(kiosk, "pin", "4826")
    kiosk.check("consent-pin", field="pin")
    kiosk.tap('#keyboard [data-cmd="enter"]')
    type_pin(kiosk, "pin2", "4862")
    kiosk.tap('#keyboard [data-cmd="enter"]')
    kiosk.wait(lambda d: kiosk.text("#pin2-error") != "", "PIN mismatch message")
    assert kiosk.field_value("pin2") == ""
    type_pin(kiosk, "pin2", "4826")
    kiosk.tap('#keyboard [data-cmd="enter"]')
    kiosk.wait_screen("consent-done")
    code = kiosk.text(".big-code")
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code), code
    kiosk.check("consent-done")
    kiosk.action("continue")

    # Accented name on the AZERTY keyboard, with its permanent accent row.
    kiosk.wait_screen("advisor-name")
    accents = [key.get_attribute("data-key") for key in driver.find_elements("css selector", "#keyboard .kb-row:first-child [data-key]")]
    assert accents[:11] == ["é", "è", "ê", "à", "â", "ç", "ù", "ô", "î", "ï", "œ"] or accents[:11] == [a.upper() for a in "éèêàâçùôîïœ"]
    kiosk.type_keys("Crêperie Élodie")
    assert kiosk.field_value("name") == "Crêperie Élodie"
    kiosk.tap('#keyboard [data-cmd="back"]')
    kiosk.type_keys("e")
    assert kiosk.field_value("name") == "Crêperie Élodie"
    kiosk.check("advisor-name", field="name")
    kiosk.action("next")

    kiosk.wait_screen("advisor-phone")
    kiosk.type_keys("061234")
    assert driver.find_element("css selector", '#main [data-action="next"]').get_attribute("disabled") is not None
    kiosk.type_keys("5678")
    assert kiosk.field_value("phone") == "06 12 34 56 78"
    kiosk.check("advisor-phone", field="phone")
    kiosk.action("next")

    kiosk.wait_screen("advisor-topic")
    kiosk.check("advisor-topic")
    kiosk.action("topic", "online-sales")
    kiosk.wait_screen("advisor-time")
    kiosk.check("advisor-time")
    kiosk.action("preferredTime", "morning")

    kiosk.wait_screen("advisor-review")
    review = kiosk.text()
    assert "Crêperie Élodie" in review and "06 12 34 56 78" in review
    kiosk.check("advisor-review")
    # Change the phone from the review, then come back to it.
    kiosk.action("edit", "phone")
    kiosk.wait_screen("advisor-phone")
    for _ in range(2):
        kiosk.tap('#keyboard [data-cmd="back"]')
    kiosk.type_keys("79")
    kiosk.action("next")
    kiosk.wait_screen("advisor-review")
    assert "06 12 34 56 79" in kiosk.text()
    kiosk.action("send")
    kiosk.wait_screen("advisor-done")
    kiosk.check("advisor-done")
    assert "Crêperie" not in driver.page_source

    kiosk.action("passport")
    kiosk.wait_screen("passport")
    assert "Rappel par un conseiller demandé" in kiosk.text()
    assert code in kiosk.text()

    # Consents change with the PIN alone: the publishing purpose ticked, the call-back unticked.
    kiosk.action("consents")
    kiosk.wait_screen("consent-add")
    boxes = {b.get_attribute("data-id"): b.get_attribute("aria-checked") for b in driver.find_elements("css selector", '#main [data-action="purpose"]')}
    assert boxes == {"callback": "true", "publish": "false", "newsletter": "false"}, boxes
    kiosk.action("purpose", "publish")
    kiosk.action("purpose", "callback")
    kiosk.check("consent-edit")
    kiosk.tap("#pin")
    type_pin(kiosk, "pin", "4826")
    kiosk.tap('#keyboard [data-cmd="enter"]')
    kiosk.wait_screen("passport")
    consent = server.api("GET", f"/api/v1/sessions/{kiosk.session_ids()[-1]}/passport")[1]["consent"]
    assert consent["purposes"] == ["publish"] and consent["hub"] is False, consent

    # Withdrawing is as easy as giving: one button, one confirmation.
    kiosk.action("withdraw")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('confirm').open"), "withdraw confirmation")
    kiosk.check("withdraw-dialog", help_fixed=False)
    kiosk.tap("#confirm-yes")
    kiosk.wait(lambda d: kiosk.screen() == "passport" and "accord est retiré" in kiosk.text(), "withdrawn")
    assert code not in kiosk.text()
