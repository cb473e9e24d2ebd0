// The shell every screen imports. Privacy: input only in `S` and the screen, no pushState, the end replaces the document.
import { h, $ } from "./dom.js";
import { call } from "./api.js";
import { Keyboard } from "./keyboard.js";

const S = {
  lang: "fr", texts: {}, fallback: {}, kiosk: null, session: null, stack: [], renderId: 0,
  cache: {}, // server content by `${kind}:${lang}` (diagnostic, trainings, training:<id>, privacy)
};
// Screen builders by name, filled in by app.js.
export const screens = {};

// ---- texts
export const known = (key) => S.texts[key] ?? S.fallback[key];
export function t(key, vars) {
  let text = known(key) ?? key;
  if (vars) text = text.replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? "");
  return text;
}

export async function loadTexts(lang) {
  const response = await fetch(`/i18n/${lang}.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`texts ${lang}: ${response.status}`);
  return flatten(await response.json());
}
// The files nest by screen; the lookup keeps the flat "shop.f.name" keys.
const flatten = (o, at = "") => Object.entries(o).reduce((all, [k, v]) =>
  Object.assign(all, typeof v === "object" ? flatten(v, `${at}${k}.`) : { [`${at}${k}`]: v }), {});

export function applyStaticTexts() {
  document.documentElement.lang = S.lang;
  document.title = t("page.title");
  for (const el of document.querySelectorAll("[data-text]")) el.textContent = t(el.dataset.text);
  for (const el of document.querySelectorAll("[data-label]")) el.setAttribute("aria-label", t(el.dataset.label));
  for (const button of document.querySelectorAll(".lang")) button.setAttribute("aria-pressed", String(button.dataset.lang === S.lang));
}

export async function setLanguage(lang) {
  if (lang === S.lang) return;
  S.texts = lang === "fr" ? S.fallback : await loadTexts(lang);
  S.lang = lang;
  applyStaticTexts();
  if (S.session) await call("PUT", sessionPath("/language"), { language: lang }).catch(() => {});
  if (S.stack.length) render({ keepScroll: true });
}

// `key.one` or `key.other` by the language's plural rule for `n` ("1 bonne réponse").
export const tp = (key, n, vars) => t(`${key}.${known(`${key}.${new Intl.PluralRules(S.lang).select(n)}`) ? new Intl.PluralRules(S.lang).select(n) : "other"}`, { n, ...vars });

// ---- server content
export async function content(kind, path) {
  const key = `${kind}:${S.lang}`;
  if (!S.cache[key]) {
    S.cache[key] = call("GET", `${path}${path.includes("?") ? "&" : "?"}lang=${S.lang}`).catch((error) => { delete S.cache[key]; throw error; });
  }
  return S.cache[key];
}

export const sessionPath = (rest = "") => `/api/v1/sessions/${S.session.id}${rest}`;
export const failText = (error) => t(error.status === 0 ? "error.network" : "error.server");
// Dates and times in the visitor's language.
export const dateFormat = (options, date) => new Intl.DateTimeFormat(S.lang === "fr" ? "fr-FR" : "en-GB", options).format(date);

// ---- building blocks
export const ui = {
  title: (text) => h("h1", { id: "screen-title", tabindex: "-1", text }),
  step: (n, total, label = "common.step") => [
    h("p", { class: "step", text: t(label, { n, total }) }),
    h("progress", { class: "progress", max: total, value: n, "aria-hidden": "true" }),
  ],
  button(text, onclick, { kind = "secondary", action, id, pressed, checked, disabled, cls = "" } = {}) {
    const attrs = {
      type: "button", class: `${kind} ${cls}`.trim(), "data-action": action, "data-id": id,
      "aria-pressed": pressed == null ? null : String(pressed), disabled,
    };
    if (checked != null) Object.assign(attrs, { role: "checkbox", "aria-checked": String(checked), "aria-pressed": null });
    const button = h("button", attrs, text);
    // A second tap while the next screen is being built is ignored (no double step).
    button.addEventListener("click", () => { if (!rendering) onclick(button); });
    return button;
  },
  actions: (...buttons) => h("div", { class: "actions" }, buttons),
  p: (text, cls) => h("p", { class: cls, text }),
  lead: (text) => ui.p(text, "lead"),
  link: (key, screen, kind, action = screen) => ui.button(t(key), () => go(screen), { kind, action }),
  row: (parts, onclick, action, id) => h("li", {}, ui.button(parts, onclick, { kind: "row", action, id })),
  qa: (q, a) => [h("span", { class: "review-q", text: q }), h("span", { class: "review-a", text: a })],
  tile: (title, text) => [h("span", { class: "tile-title" }, title), text && h("span", { class: "tile-text" }, text)],
  facts: (cls, pairs) => h("dl", { class: cls }, pairs.map((x) => x && [h("dt", { text: x[0] }), h("dd", { text: x[1] })])),
  // A field for the on-screen keyboard; `then`: Valider's next field; `lazy`: keyboard on touch only; `personal`: never read aloud without a headset.
  field({ id, label, hint, layout, value = "", maxlength, secret, personal = secret, oninput, next, multiline, then, lazy }) {
    const input = h(multiline ? "textarea" : "input", {
      id, type: multiline ? null : "text", rows: multiline ? 4 : null, inputmode: "none", autocomplete: "off",
      autocapitalize: "off", spellcheck: "false", "data-kb": layout, maxlength, value, class: secret ? "field secret" : "field",
      "aria-describedby": `${id}-hint ${id}-error`, "aria-invalid": "false", "data-next": then, "data-lazy": lazy, "data-personal": personal,
    });
    input.value = value;
    input.addEventListener("input", () => { setError(input, ""); oninput?.(input); });
    input.addEventListener("focus", () => { if (keyboard.field !== input) keyboard.open(input); });
    return h("div", { class: "field-box" },
      h("label", { for: id, class: "label", text: label }),
      h("p", { id: `${id}-hint`, class: "hint", text: hint ?? "" }),
      h("div", { class: "field-row" }, input, next),
      ui.error(id));
  },
  error: (id = "screen") => h("p", { id: `${id}-error`, class: "error", role: "alert" }),
  status: (text, id) => h("p", { id, class: "status", role: "status", text }),
  // A text whose {values} are personal (a name, a code): marked so that the audio mode speaks them only privately.
  personal: (key, vars) => t(key).split(/(\{\w+\})/).map((part) => (/^\{\w+\}$/.test(part) ? h("span", { "data-personal": true, text: vars[part.slice(1, -1)] }) : part)),
};

export function setError(target, message) {
  const el = typeof target === "string" ? $(target) : $(`${target.id}-error`);
  if (el) el.textContent = message;
  if (typeof target !== "string") {
    target.setAttribute("aria-invalid", String(Boolean(message)));
    // Back to the field, so the keyboard types into it again.
    if (message && target.isConnected) { target.focus({ preventScroll: true }); keyboard.reveal(); }
  }
}

// The message to show for a failed call, next to the field it names when it is a field error.
export function explain(error, fallbackTarget = "screen-error") {
  if (error.code === "session_ended") return;
  const name = error.field?.split(".")[0];
  const own = name && known(`field.${name}`);
  const text = error.status === 0 || error.status >= 500 ? failText(error) : own || error.reason || error.message || t("error.server");
  setError((name && $(name)) || fallbackTarget, text);
}

// Runs an async action from a button, refusing a second tap while it is under way.
export async function busy(button, action) {
  if (button.dataset.busy) return;
  button.dataset.busy = "1";
  button.setAttribute("aria-disabled", "true");
  try { await action(); } finally { delete button.dataset.busy; button.removeAttribute("aria-disabled"); }
}

// ---- navigation (in memory only)
export function go(name, params = {}, { replace = false, reset = null } = {}) {
  if (reset) S.stack = reset.map((entry) => (typeof entry === "string" ? { name: entry, params: {} } : entry));
  else if (replace) S.stack.pop();
  S.stack.push({ name, params });
  render();
}

export function back() {
  const top = S.stack.at(-1);
  if (S.stack.length <= 1 || top?.name === "home") { askFinish(); return; }
  S.stack.pop();
  render();
}

export const stackDepth = () => S.stack.length;
export function truncate(depth) { S.stack.length = Math.min(S.stack.length, depth); }

let rendering = 0;
async function render(options) {
  rendering++;
  try { await build(options); } finally { rendering--; }
}

async function build({ keepScroll = false } = {}) {
  if (ending) return;
  const id = ++S.renderId;
  const entry = S.stack.at(-1);
  const main = $("main");
  const scroll = main.scrollTop;
  keyboard.close();
  const loading = setTimeout(() => { if (id === S.renderId) main.setAttribute("aria-busy", "true"); }, 150);
  let nodes;
  try {
    nodes = await screens[entry.name](entry.params);
  } catch (error) {
    if (error.code === "session_ended") return;
    nodes = failure(error);
  } finally {
    clearTimeout(loading);
  }
  if (id !== S.renderId) return;
  main.removeAttribute("aria-busy");
  const section = h("section", { class: `screen ${entry.name}`, "data-screen": entry.name, "aria-labelledby": "screen-title" }, nodes);
  main.replaceChildren(section);
  contentSize.disconnect();
  contentSize.observe(section);
  main.scrollTop = keepScroll ? scroll : 0;
  chrome(entry.name);
  const field = section.querySelector("[data-kb]:not([data-lazy])");
  if (field) keyboard.open(field);
  else $("screen-title")?.focus({ preventScroll: true });
  requestAnimationFrame(updateScroll);
}

function failure(error) {
  return [ui.title(t("error.title")), h("p", { class: "error", role: "alert", text: failText(error) }),
    ui.actions(ui.button(t("common.retry"), () => render(), { kind: "primary", action: "retry" }))];
}

// Back, Help and Terminer keep their place on every screen (Back and Terminer hidden on attract).
function chrome(name) {
  for (const id of ["back", "finish"]) {
    $(id).classList.toggle("invisible", name === "attract");
    $(id).disabled = name === "attract";
  }
}

// ---- scrolling without a swipe
export function updateScroll() {
  const main = $("main");
  const overflow = main.scrollHeight - main.clientHeight > 4;
  $("scroll-up").hidden = !overflow || main.scrollTop <= 2;
  $("scroll-down").hidden = !overflow || main.scrollTop + main.clientHeight >= main.scrollHeight - 2;
}
const contentSize = new ResizeObserver(() => requestAnimationFrame(updateScroll));
export function scrollBy(direction) {
  const main = $("main");
  main.scrollBy({ top: direction * Math.round(main.clientHeight * 0.75), behavior: "smooth" });
}

// ---- dialogs
export const dialogs = { confirmAction: null };
// The confirm dialog with the texts `${prefix}.title`, `.text`, `.yes` and `.no`.
export function confirm(prefix, action, text = t(`${prefix}.text`)) {
  for (const key of ["title", "yes", "no"]) $(`confirm-${key}`).textContent = t(`${prefix}.${key}`);
  $("confirm-text").replaceChildren(...[text].flat());
  dialogs.confirmAction = action;
  $("confirm").showModal();
  $("confirm-no").focus();
}

export function askFinish() {
  const code = S.resumeCode;
  confirm("finish", () => endVisit(), code ? [t("finish.text"), " ", ui.personal("finish.code", { code })] : undefined);
}

export function showHelp() {
  $("help-screen").textContent = known(`help.${S.stack.at(-1)?.name ?? "attract"}`) ?? t("help.default");
  $("helpbox").showModal();
  $("help-close").focus();
}

// ---- the visitor's record (resume code, consent in force), or {} when it cannot be read
export async function passport() {
  const record = S.passport = await call("GET", sessionPath("/passport"));
  if (record.resumeCode) S.resumeCode = record.resumeCode;
  if (record.consent) S.consent = record.consent;
  return record;
}
export const passportOrNone = () => passport().catch((error) => { if (error.code === "session_ended") throw error; return {}; });

// ---- session lifecycle
export const state = S;

export async function startSession() {
  if (S.session) return S.session;
  S.session = await call("POST", "/api/v1/sessions", { language: S.lang });
  return S.session;
}

// Ends the visit: session closed, then a fresh document, so no trace stays in DOM, memory or history.
let ending = false;
export const isEnding = () => ending;
export async function endVisit() {
  if (ending) return;
  ending = true;
  const session = S.session;
  for (const key of Object.keys(S)) delete S[key];
  $("main").replaceChildren();
  keyboard.close();
  for (const dialog of document.querySelectorAll("dialog[open]")) dialog.close();
  if (session) {
    await Promise.race([
      call("DELETE", `/api/v1/sessions/${session.id}`, undefined, { keepalive: true }).catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, 1500)),
    ]);
  }
  location.replace("/");
}

// Valider: to `data-next`, else the next field; the main button only from the last field (nothing skipped).
export const keyboard = new Keyboard($("keyboard"), t, (field) => {
  const fields = [...$("main").querySelectorAll("[data-kb]")];
  const then = (field.dataset.next && $(field.dataset.next)) || fields[fields.indexOf(field) + 1];
  if (then) { then.focus({ preventScroll: true }); return; }
  const primary = $("main").querySelector("[data-enter]");
  if (primary && !primary.disabled) primary.click();
  else field.blur();
});
