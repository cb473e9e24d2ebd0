"""The whole anonymous journey by touch: diagnostic → result (chart) → recommendations → a
training with its quiz → passport (printable), with every screen audited and photographed."""
from kiosk import Kiosk, answer_question, content, correct_choices, shown_question


def answer_diagnostic(kiosk, check_first=True):
    """First question: its best answer; second: skipped; the rest: the last answer offered.
    Returns how many were answered and how many shown."""
    answered = shown = 0
    while (question := shown_question(kiosk)) is not None:
        shown += 1
        assert kiosk.text(".step").startswith(f"Étape {shown} sur ")
        if shown == 1 and check_first:
            kiosk.check("diag-question")
        if shown == 2:
            answer_question(kiosk, question)
        else:
            answered += 1
            answer_question(kiosk, question, question["answers"][0 if shown == 1 else -1]["id"])
    return answered, shown


def test_full_journey(driver, server, artifacts):
    kiosk = Kiosk(driver, server, artifacts, "journey").open()
    diagnostic = content("fr", "diagnostic")
    questions = diagnostic["questions"]
    assert kiosk.js("return document.documentElement.lang") == "fr"

    kiosk.check("attract")
    kiosk.action("start")
    kiosk.wait_screen("home")
    kiosk.check("home")

    kiosk.action("diagnostic")
    kiosk.wait_screen("diag-intro")
    kiosk.check("diag-intro")
    kiosk.action("begin")
    kiosk.wait_screen("diag-q")

    # Back returns to the previous question with its answer still marked.
    kiosk.action("answer", questions[0]["answers"][0]["id"])
    kiosk.wait(lambda d: kiosk.title() == questions[1]["text"], "question 2")
    kiosk.tap("#back")
    kiosk.wait(lambda d: kiosk.title() == questions[0]["text"], "back to question 1")
    pressed = kiosk.find(f'[data-action="answer"][data-id="{questions[0]["answers"][0]["id"]}"]')
    assert pressed.get_attribute("aria-pressed") == "true"

    answered, shown = answer_diagnostic(kiosk)
    kiosk.wait_screen("diag-review")
    assert f"{answered} questions sur {shown}" in kiosk.text().replace("\u202f", " ")
    kiosk.check("diag-review")
    kiosk.action("send")

    kiosk.wait_screen("result")
    kiosk.wait(lambda d: kiosk.js("return document.querySelectorAll('#main svg.chart .c-row').length") == len(diagnostic["dimensions"]), "chart rows")
    chart_text = kiosk.js("return document.querySelector('#main svg.chart').textContent")
    for dimension in diagnostic["dimensions"]:
        assert dimension["name"] in chart_text
    assert chart_text.count("sur 100") == len(diagnostic["dimensions"])
    assert "sur 100" in kiosk.text(".score .big")
    kiosk.check("result")

    # The three priorities first, each with a button straight to what the kiosk does for it.
    outcome = server.api("GET", f"/api/v1/sessions/{kiosk.session_ids()[-1]}/diagnostic?lang=fr")[1]
    priorities = outcome["priorities"]
    assert 1 <= len(priorities) <= 3 and kiosk.js("return document.querySelectorAll('#main .priority').length") == len(priorities)
    assert f"Vos {len(priorities)} priorités" in kiosk.text()
    # Every action on demand; one with a training opens it.
    actions = priorities + outcome["more"]
    index = next(i for i, a in enumerate(actions) if a["action"]["kind"] == "training")
    kiosk.action("advice")
    kiosk.wait_screen("advice")
    kiosk.check("advice")
    kiosk.action("action", actions[index]["id"])
    kiosk.wait_screen("advice-action")
    assert kiosk.text(".step").startswith(f"Action {index + 1} sur")
    kiosk.check("advice-action")
    training_button = kiosk.find('[data-action="train"]')
    training_id = training_button.get_attribute("data-id")
    training = next(t for t in content("fr", "trainings")["trainings"] if t["id"] == training_id)
    training_button.click()

    stages = len(training["steps"]) + len(training["quiz"]["questions"]) + 1
    for index, step in enumerate(training["steps"]):
        kiosk.wait(lambda d: kiosk.screen() == "training" and kiosk.title() == step["title"], f"step {index + 1}")
        assert kiosk.text(".step") == f"Étape {index + 1} sur {stages}"
        if index == 0:
            kiosk.check("training-step")
        kiosk.action("next")
    kiosk.wait_screen("quiz")
    for index, choice in enumerate(correct_choices(training_id)):
        kiosk.wait(lambda d: kiosk.title() == training["quiz"]["questions"][index]["text"], f"quiz question {index + 1}")
        assert kiosk.text(".step") == f"Étape {len(training['steps']) + index + 1} sur {stages}"
        if index == 0:
            kiosk.check("quiz-question")
        kiosk.action("choice", choice)
    kiosk.wait_screen("quiz-review")
    kiosk.check("quiz-review")
    kiosk.action("send")
    kiosk.wait_screen("quiz-result")
    assert "réussie" in kiosk.title()
    kiosk.check("quiz-result")

    # Back from the verdict returns to the recommendation that led to the training.
    kiosk.tap("#back")
    kiosk.wait_screen("advice-action")
    kiosk.tap("#back")
    kiosk.wait_screen("advice")
    kiosk.tap("#back")
    kiosk.wait_screen("result")
    kiosk.action("passport")
    kiosk.wait_screen("passport")
    text = kiosk.text()
    assert "Diagnostic fait le" in text
    assert training["title"] in text
    qr = kiosk.js("const i = document.querySelector('#main img.qr'); return i && {hidden: i.hidden, alt: i.alt, src: i.getAttribute('src')}")
    assert qr and qr["alt"], "QR code slot with alt text"
    assert qr["hidden"] == (not qr["src"])
    kiosk.check("passport")

    # Printing goes through the daemon, never window.print(): the screen says what happens.
    kiosk.js("window.__printed = 0; window.print = () => { window.__printed += 1; };")
    if driver.find_elements("css selector", '#main [data-action="print"]'):
        kiosk.action("print")
        kiosk.wait(lambda d: kiosk.text("#print-status"), "print status shown", timeout=20)
        driver.save_screenshot(str(artifacts / "journey-passport-print.png"))
    assert kiosk.js("return window.__printed") == 0

    kiosk.tap("#help")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('helpbox').open"), "help dialog")
    kiosk.check("help-dialog", help_fixed=False)
    kiosk.tap("#help-close")

    kiosk.tap("#finish")
    kiosk.wait(lambda d: kiosk.js("return document.getElementById('confirm').open"), "confirm dialog")
    kiosk.check("finish-dialog", help_fixed=False)
    kiosk.tap("#confirm-yes")
    kiosk.wait(lambda d: kiosk.js("return document.body.dataset.ready === '1' && !!document.querySelector('[data-screen=attract]')"), "attract")
    assert training["title"] not in driver.page_source
    assert kiosk.storage_is_empty() == {"local": 0, "session": 0, "cookie": "", "idb": 0}


def test_no_external_requests_and_no_console_errors(driver, server):
    kiosk = Kiosk(driver, server).open()
    kiosk.action("start")
    kiosk.wait_screen("home")
    kiosk.action("trainings")
    kiosk.wait_screen("trainings")
    origins = kiosk.js("return [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin))]")
    assert origins == [server.url], origins
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors
    inline = kiosk.js("return document.querySelectorAll('[style], script:not([src])').length + [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length")
    assert inline == 0
