#!/usr/bin/env python3
"""The audio mode's time to first audio in the kiosk UI: from the moment a screen shows (its
section inserted into <main>) to the `play()` of its first piece (its title), for each screen
of the diagnostic walked by ear in real headless Chromium (the e2e harness: the daemon from
VITRINE_BIN, Debian's chromium + chromedriver). Every screen's texts are new to the daemon's
cache (first visit); the stand-in loudspeaker of the browser test ends each piece at once, so
the walk goes at machine speed. Prints a markdown table.

usage: VITRINE_BIN=<vitrine> .venv-e2e/bin/python bench/audio_ui.py
"""
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "e2e"))
from conftest import Server, make_driver  # noqa: E402
from kiosk import Kiosk, shown_question  # noqa: E402
from test_audio import Listener, switch_on  # noqa: E402


def walk(kiosk, ear):
    switch_on(kiosk, ear)
    ear.press('[data-action="start"]', "Commencer")
    ear.screen_read("home")
    ear.press('#main [data-action="diagnostic"]')
    ear.screen_read("diag-intro")
    ear.press('#main [data-action="begin"]')
    while (question := shown_question(kiosk)) is not None:
        ear.screen_read("diag-q")
        kiosk.js("document.querySelector('#main > section').dataset.seen = '1'")
        ear.press(f'#main [data-action="answer"][data-id="{question["answers"][0]["id"]}"]')
    ear.screen_read("diag-review")
    ear.press('#main [data-action="send"]')
    ear.screen_read("result")


def main():
    server, driver = Server(), make_driver()
    try:
        kiosk = Kiosk(driver, server).open()
        ear = Listener(kiosk)
        walk(kiosk, ear)
        log = ear.log()
    finally:
        driver.quit()
        server.stop()
    delays = sorted(next(p["at"] for p in log["plays"] if p["at"] >= s["at"]) - s["at"] for s in log["screens"])
    print("| screens | median | p90 | max | budget |\n|---:|---:|---:|---:|---:|")
    print(f"| {len(delays)} | {statistics.median(delays):.0f} ms | {delays[int(len(delays) * 0.9)]:.0f} ms | {delays[-1]:.0f} ms | ≤ 300 ms |")


if __name__ == "__main__":
    main()
