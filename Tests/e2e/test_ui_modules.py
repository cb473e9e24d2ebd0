"""The kiosk UI's ES modules import no cycle: the screens import the shell, app.js wires them
(no browser needed: the import statements are read from the files)."""
import re

from kiosk import REPO

UI = REPO / "kiosk-ui"
IMPORT = re.compile(r'^import\s.*?from\s+"\./([\w-]+\.js)";', re.M | re.S)


def imports():
    return {path.name: IMPORT.findall(path.read_text(encoding="utf-8")) for path in UI.glob("*.js")}


def test_no_import_cycle():
    graph = imports()
    state = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        assert state.get(name) != "open", "import cycle: " + " → ".join(trail + [name])
        state[name] = "open"
        for target in graph.get(name, []):
            assert target in graph, f"{name} imports a missing {target}"
            visit(target, trail + [name])
        state[name] = "done"

    for name in graph:
        visit(name, [])
    assert "app.js" not in {target for targets in graph.values() for target in targets}, "only index.html loads app.js"
