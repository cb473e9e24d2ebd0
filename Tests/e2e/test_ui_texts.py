"""Every UI text is used and every text the code asks for exists, in both languages (no browser:
the keys are read from kiosk-ui/i18n/*.json and the code from kiosk-ui/*.js and index.html).

A key counts as used when the code names it whole ("nav.back", data-text="nav.back"), names its
plural base (`tp("diag.left", n)` for diag.left.one / .other), builds it from a template whose
fixed parts it matches (t(`cost.${action.cost}`) for cost.low), or is one of the confirm dialog's
`${prefix}.title` / `.text` / `.yes` / `.no` for a confirm("prefix", …) call. A template only
proves its family is in use, not each member: a key for a value the server no longer sends stays
unnoticed."""
import json
import re

from kiosk import REPO

UI = REPO / "kiosk-ui"
LANGUAGES = ("fr", "en")
CONFIRM_PARTS = ("title", "text", "yes", "no")


def flatten(tree, at=""):
    flat = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{at}{key}."))
        else:
            flat[f"{at}{key}"] = value
    return flat


def texts(lang):
    return flatten(json.loads((UI / "i18n" / f"{lang}.json").read_text(encoding="utf-8")))


def code():
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(UI.glob("*.js"))) + (UI / "index.html").read_text(encoding="utf-8")


def asked(source):
    """Keys the code asks for by name: t("…"), tp("…"), known("…"), ui.link("…"), data-text / data-label."""
    called = re.findall(r'\b(?:t|tp|known|ui\.link)\("([\w.-]+)"', source)
    static = re.findall(r'data-(?:text|label)="([\w.-]+)"', source)
    defaults = re.findall(r'label = "([\w.-]+)"', source)   # ui.step's default label
    return set(called) | set(static) | set(defaults), set(re.findall(r'\btp\("([\w.-]+)"', source))


def template_patterns(source):
    patterns = []
    for template in re.findall(r"`([^`]*\$\{[^`]*)`", source):
        if template.startswith("${"):
            continue  # no fixed head (confirm's `${prefix}.…`): covered by CONFIRM_PARTS
        pattern = re.sub(r"\\\$\\\{.*?\\\}", r"[\\w-]+", re.escape(template))
        patterns.append(re.compile(f"^{pattern}$"))
    return patterns


def test_both_languages_have_the_same_keys():
    fr, en = texts("fr"), texts("en")
    assert sorted(set(fr) - set(en)) == [], "in fr.json, not in en.json"
    assert sorted(set(en) - set(fr)) == [], "in en.json, not in fr.json"


def test_every_text_is_used():
    source = code()
    names, plurals = asked(source)
    literals = set(re.findall(r'"([\w-]+(?:\.[\w-]+)+)"', source))
    patterns = template_patterns(source)
    confirms = {f"{prefix}.{part}" for prefix in re.findall(r'\bconfirm\("(\w+)"', source) for part in CONFIRM_PARTS}
    unused = []
    for key in texts("fr"):
        base = re.sub(r"\.(one|other)$", "", key)
        if key in names | literals | confirms or base in plurals | literals:
            continue
        if any(pattern.match(key) for pattern in patterns):
            continue
        unused.append(key)
    assert unused == [], f"texts no code uses: {unused}"


def test_every_text_asked_for_exists():
    source = code()
    names, plurals = asked(source)
    for lang in LANGUAGES:
        keys = texts(lang)
        missing = sorted(name for name in names - plurals if name not in keys)
        missing += sorted(f"{name}.other" for name in plurals if f"{name}.other" not in keys)
        assert missing == [], f"{lang}.json lacks {missing}"
