// On-screen keyboard in the page grid (never covers the field); keys act on release, never repeat or take focus.
import { h } from "./dom.js";

const ACCENTS = ["é", "è", "ê", "à", "â", "ç", "ù", "ô", "î", "ï", "œ"];
const AZERTY = ["azertyuiop", "qsdfghjklm"];
const DIGITS = [..."1234567890"];

// A key: a character types itself; an object is a command or an insertion ({ insert: ".fr" }).
const LAYOUTS = {
  text: (mode) => mode === "symbols"
    ? [ACCENTS, DIGITS, [..."+@&()/:;!?"], [..."#€%*_='-"].concat([{ cmd: "back" }]),
      [{ cmd: "mode", to: "letters" }, ",", { cmd: "space" }, ".", { cmd: "enter" }]]
    : [ACCENTS, [...AZERTY[0]], [...AZERTY[1]], [{ cmd: "shift" }, ..."wxcvbn'-", { cmd: "back" }],
      [{ cmd: "mode", to: "symbols" }, ",", { cmd: "space" }, ".", { cmd: "enter" }]],
  email: () => [DIGITS, [...AZERTY[0]], [...AZERTY[1]], [..."wxcvbn_-.", { cmd: "back" }],
    ["@", { insert: ".fr" }, { insert: ".com" }, { cmd: "enter" }]],
  // Web addresses and social accounts: capitals for the case-sensitive parts of a link.
  url: () => [DIGITS, [...AZERTY[0]], [...AZERTY[1]], [{ cmd: "shift" }, ..."wxcvbn/", { cmd: "back" }],
    ["@", "-", "_", ".", { insert: "www." }, { insert: ".fr" }, { insert: ".com" }, { cmd: "enter" }]],
  code: () => [DIGITS, [...AZERTY[0].toUpperCase()], [...AZERTY[1].toUpperCase()],
    [..."WXCVBN-", { cmd: "back" }], [{ cmd: "enter" }]],
  phone: () => [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], ["+", "0", { cmd: "back" }], [{ cmd: "enter" }]],
  pin: () => [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"], [{ cmd: "clear" }, "0", { cmd: "back" }], [{ cmd: "enter" }]],
};
const NUMERIC = new Set(["phone", "pin"]);

export class Keyboard {
  constructor(host, t, onEnter) {
    this.host = host;
    this.t = t;
    this.onEnter = onEnter;
    this.field = null;
    this.shift = false;
    this.mode = "letters";
    // Keep the focus (and the caret) in the field: a key press must not blur it.
    host.addEventListener("mousedown", (event) => event.preventDefault());
    host.addEventListener("click", (event) => {
      const key = event.target.closest("button");
      if (key && this.field) this.press(key);
    });
  }

  get layout() { return this.field?.dataset.kb ?? "text"; }

  open(field) {
    this.field = field;
    this.mode = "letters";
    this.shift = this.layout === "text" && field.value === "" && field.dataset.caps !== "off";
    this.draw();
    this.host.hidden = false;
    document.body.classList.add("kb-open");
    // One place per screen: beside it (landscape) only when every field of the screen is numeric.
    const fields = [...document.querySelectorAll("#main [data-kb]")];
    document.body.classList.toggle("kb-side", fields.every((x) => NUMERIC.has(x.dataset.kb)));
    field.focus({ preventScroll: true });
    this.reveal();
  }

  close() {
    this.field = null;
    this.host.hidden = true;
    this.host.replaceChildren();
    document.body.classList.remove("kb-open", "kb-side");
  }

  // Once drawn, scroll the field into the visible part of <main>.
  reveal() {
    const field = this.field;
    if (!field) return;
    requestAnimationFrame(() => field.scrollIntoView({ block: "nearest" }));
  }

  draw() {
    const rows = LAYOUTS[this.layout](this.mode);
    const t = this.t;
    const keys = rows.map((row) => h("div", { class: "kb-row" }, row.map((key) => {
      if (typeof key === "string") {
        const char = this.shift ? key.toUpperCase() : key;
        return h("button", { type: "button", class: "key", "data-key": char, text: char });
      }
      if (key.insert) return h("button", { type: "button", class: "key wide", "data-key": key.insert, text: key.insert });
      const labels = {
        shift: ["⇧", t("kb.shift")], back: ["⌫", t("kb.back")], space: [t("kb.space"), null],
        enter: [t("kb.enter"), null], clear: [t("kb.clear"), null],
        mode: [key.to === "symbols" ? "123" : "ABC", key.to === "symbols" ? t("kb.symbols") : t("kb.letters")],
      }[key.cmd];
      return h("button", {
        type: "button", class: `key cmd ${key.cmd}`, "data-cmd": key.cmd, "data-to": key.to,
        "aria-label": labels[1], "aria-pressed": key.cmd === "shift" ? String(this.shift) : null,
        text: labels[0],
      });
    })));
    this.host.className = `keyboard ${NUMERIC.has(this.layout) ? "numeric" : "full"}`;
    this.host.setAttribute("aria-label", t("kb.label"));
    this.host.replaceChildren(...keys);
  }

  press(key) {
    const field = this.field;
    const cmd = key.dataset.cmd;
    if (!cmd) this.insert(key.dataset.key);
    else if (cmd === "back") this.erase();
    else if (cmd === "space") this.insert(" ");
    else if (cmd === "clear") this.set("", 0);
    else if (cmd === "enter") { this.onEnter(field); return; }
    else if (cmd === "shift") { this.shift = !this.shift; this.draw(); }
    else if (cmd === "mode") { this.mode = key.dataset.to; this.shift = false; this.draw(); }
    if (this.field) this.field.focus({ preventScroll: true });
  }

  // The selection to replace; codes and digits are always typed at the end.
  range() {
    const field = this.field, length = field.value.length;
    if (NUMERIC.has(this.layout) || this.layout === "code") return [length, length];
    const start = field.selectionStart ?? length;
    return [start, field.selectionEnd ?? start];
  }

  insert(text) {
    const field = this.field;
    const [start, end] = this.range();
    const value = field.value.slice(0, start) + text + field.value.slice(end);
    const max = field.maxLength > 0 ? field.maxLength : Infinity;
    if (value.length > max) return;
    this.set(value, start + text.length);
    if (this.shift) { this.shift = false; this.draw(); }
  }

  erase() {
    const field = this.field;
    let [start, end] = this.range();
    if (start === end) {
      if (start === 0) return;
      // Remove a whole character, even outside the Basic Multilingual Plane.
      start -= [...field.value.slice(0, start)].at(-1).length;
    }
    this.set(field.value.slice(0, start) + field.value.slice(end), start);
  }

  set(value, caret) {
    const field = this.field;
    field.value = value;
    const position = Math.min(caret, field.value.length);
    field.setSelectionRange(position, position);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    this.reveal();
  }
}
