"""French first, English at any time: on the attract screen, in the middle of the diagnostic
(answers kept), and on the result (chart in the new language)."""
from kiosk import Kiosk, answer_question, content, shown_question, start, visible_count


def test_language_switch_at_any_time(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "language").open()
    fr, en = content("fr", "diagnostic"), content("en", "diagnostic")
    assert kiosk.title() == "Votre commerce, visible en ligne"

    kiosk.tap('.lang[data-lang="en"]')
    kiosk.wait(lambda d: kiosk.js("return document.documentElement.lang") == "en", "lang=en")
    assert kiosk.title() == "Your shop, visible online"
    assert kiosk.text("#help") == "Need help?"
    kiosk.check("attract-en")
    start(kiosk)
    assert kiosk.title() == "What would you like to do?"
    kiosk.action("diagnostic")
    kiosk.wait_screen("diag-intro")
    kiosk.action("begin")
    kiosk.wait(lambda d: kiosk.title() == en["questions"][0]["text"], "first question in English")
    assert kiosk.text(".step") == f"Step 1 of {visible_count(en['questions'], {})}"
    kiosk.action("answer", en["questions"][0]["answers"][1]["id"])
    kiosk.wait(lambda d: kiosk.title() == en["questions"][1]["text"], "second question in English")
    kiosk.check("diag-question-en")

    kiosk.tap('.lang[data-lang="fr"]')
    kiosk.wait(lambda d: kiosk.title() == fr["questions"][1]["text"], "second question in French")
    assert kiosk.js("return document.documentElement.lang") == "fr"
    first = {fr["questions"][0]["id"]: fr["questions"][0]["answers"][1]["id"]}
    assert kiosk.text(".step") == f"Étape 2 sur {visible_count(fr['questions'], first)}"
    kiosk.tap("#back")
    kiosk.wait(lambda d: kiosk.title() == fr["questions"][0]["text"], "first question in French")
    chosen = kiosk.find(f'[data-action="answer"][data-id="{fr["questions"][0]["answers"][1]["id"]}"]')
    assert chosen.get_attribute("aria-pressed") == "true", "the answer survives the switch"

    kiosk.tap('.lang[data-lang="en"]')
    kiosk.wait(lambda d: kiosk.title() == en["questions"][0]["text"], "back to English")
    answer_question(kiosk, en["questions"][0], en["questions"][0]["answers"][1]["id"])
    while (question := shown_question(kiosk)) is not None:
        answer_question(kiosk, question, question["answers"][-1]["id"])
    kiosk.wait_screen("diag-review")
    kiosk.action("send")
    kiosk.wait_screen("result")
    names = lambda: kiosk.js("return document.querySelector('#main svg.chart')?.textContent || ''")
    kiosk.wait(lambda d: all(dim["name"] in names() for dim in en["dimensions"]), "English chart")
    assert "out of 100" in names()
    kiosk.check("result-en")

    kiosk.tap('.lang[data-lang="fr"]')
    kiosk.wait(lambda d: all(dim["name"] in names() for dim in fr["dimensions"]), "French chart")
    assert kiosk.title() == "Votre résultat"
    kiosk.action("advice")
    kiosk.wait_screen("advice")
    assert kiosk.title() == "Vos recommandations"
