// Audio mode (EN 301 549 §5.1): the screen's own DOM text spoken by the daemon (POST /api/v1/speech); touch once to hear, again to act.
import { $ } from "./dom.js";
import { t, state as S, keyboard } from "./shell.js";

const CONTROL = "button, input, textarea, a[href], [role=button], [role=checkbox]";
const BLOCK = "h1, h2, h3, h4, p, li, dt, dd, label, legend, th, td, caption";
const LIVE = "[role=alert], [role=status], [aria-live]";
const SLOW = 100, CACHE = 80, HOLD = 2000, CORNER = 120, DOUBLE = 450;

const player = new Audio(); // one element: stopping is one pause()
const urls = new Map(); // `${rate}|${lang}|${text}` → Promise of an object URL, least recently used first
let shownScreens = 0, on = false, slow = false, privately = null, armed = null, run = 0, lastBlank = 0, passing = false, held = false, hold = 0;

export const audioOn = () => on;

// ---- what is spoken: the DOM as shown (visible text in order, accessible names, `lang`)
const clean = (text) => text.replace(/[ \t\r\n]+/g, " ").trim(); // no-break spaces kept (French typography)
const langOf = (el) => (el?.closest("[lang]")?.lang ?? S.lang ?? "fr").startsWith("en") ? "en" : "fr";
const shown = (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest("[aria-hidden=true]");
// Personal values (marked `data-personal`) are spoken only with private listening (a headset).
const masked = (el) => !privately && el.closest("[data-personal]");
const secretKeys = () => Boolean(keyboard.field && masked(keyboard.field));

function textOf(el) {
  const parts = [], walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const at = walker.currentNode.parentElement;
    if (shown(at)) parts.push(masked(at) ? t("audio.hidden") : walker.currentNode.data);
  }
  return clean(parts.join(" "));
}

// A control as [text, lang] pieces: its name (label, value, hint for a field), then its state.
function name(el) {
  const field = el.matches("input, textarea");
  const own = field ? [el.labels?.[0] && textOf(el.labels[0]), el.value && (masked(el) ? t("audio.filled") : el.value), $(`${el.id}-hint`) && textOf($(`${el.id}-hint`))]
    : [el.dataset.key && secretKeys() ? t("audio.key") : el.getAttribute("aria-label") || textOf(el)];
  const state = el.getAttribute("aria-checked") ?? el.getAttribute("aria-pressed");
  // "not selected" only for a tick box (every choice saying so would drown the choices).
  const words = [state === "true" ? t("audio.selected") : el.getAttribute("role") === "checkbox" && t("audio.unselected"), el.disabled && t("audio.disabled")];
  return [[clean(own.filter(Boolean).join(". ")), langOf(el)], [words.filter(Boolean).join(", "), S.lang]].filter(([text]) => text);
}

// Everything `root` shows, its title (h1) first, in pieces of at most one paragraph.
function pieces(root) {
  const out = [], first = root.querySelector("h1");
  const push = (text, el) => { for (const part of clean(text).match(/.{1,900}(\s|$)/gs) ?? []) out.push([part.trim(), langOf(el)]); };
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) { push(node.data, node.parentElement); return; }
    if (node.nodeType !== Node.ELEMENT_NODE || !shown(node) || node.matches(".sr-only")) return; // a live region's copy: spoken when it changes
    if (node.matches("input, textarea")) { if (node.value) push(masked(node) ? t("audio.filled") : node.value, node); }
    else if (node.matches(CONTROL)) out.push(...name(node));
    else if (node.matches(BLOCK) && !node.querySelector(`${CONTROL}, ${BLOCK}`) || masked(node)) push(textOf(node), node);
    else for (const kid of node.childNodes) if (kid !== first) walk(kid);
  };
  if (first && root.contains(first)) walk(first);
  walk(root);
  return out;
}

// ---- speech: one object URL per text, fetched in order as soon as a screen shows, played through one element
function audioOf(text, lang) {
  const key = `${slow ? SLOW : ""}|${lang}|${text}`;
  let url = urls.get(key);
  if (!url) {
    url = fetch("/api/v1/speech", {
      method: "POST", cache: "no-store", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, language: lang, rate: slow ? SLOW : undefined }),
    }).then((response) => { if (!response.ok) throw new Error(String(response.status)); return response.blob(); }).then((blob) => URL.createObjectURL(blob));
    url.catch(() => urls.delete(key));
  }
  urls.delete(key);
  urls.set(key, url);
  if (urls.size > CACHE) {
    const [oldest, old] = urls.entries().next().value;
    urls.delete(oldest);
    old.then((gone) => URL.revokeObjectURL(gone), () => {});
  }
  return url;
}

function stop() { run++; player.pause(); }

async function say(list) {
  stop();
  const id = run;
  let chain = Promise.resolve();
  const loads = list.map(([text, lang]) => (chain = chain.then(() => audioOf(text, lang)).catch(() => null)));
  for (const load of loads) {
    const url = await load;
    if (id !== run) return;
    if (!url) continue;
    player.src = url;
    await new Promise((done) => { player.onended = player.onerror = done; player.play().catch(done); });
    if (id !== run) return;
  }
}

// The open dialog, else the screen; before a screen showing personal values, the private-listening question (once a visit).
function readScreen(before = []) {
  const open = document.querySelector("dialog[open]"), section = $("main").firstElementChild ?? $("main");
  if (!open && privately == null && section.querySelector("[data-personal]")) $("private").showModal();
  else say([...before, ...pieces(open ?? section)]);
}

// ---- touch: once to hear (and focus), again (or a double tap on an empty spot: "Valider") to act
// What is drawn after layout (the result chart) is read too: the screen three frames after it shows, its title's audio already asked for.
const frame = () => new Promise((done) => requestAnimationFrame(done));
async function readSoon() {
  const id = run, title = $("main").querySelector("h1");
  if (title) audioOf(textOf(title), langOf(title)).catch(() => {});
  for (let i = 0; i < 3; i++) await frame();
  if (id === run) readScreen();
}

const swallow = (event) => { event.preventDefault(); event.stopImmediatePropagation(); };
// A key redrawn (shift, layout) is still the key that was read.
const same = (a, b) => a === b || Boolean(b && !b.isConnected && a.closest("#keyboard") && a.dataset.key === b.dataset.key && a.dataset.cmd === b.dataset.cmd);

function arm(el) {
  armed?.classList.remove("armed");
  armed = el;
  el.classList.add("armed");
  if (!el.closest("#keyboard")) el.focus();
  say(name(el));
}

async function act(el) {
  const before = shownScreens;
  passing = true;
  try { el.click(); } finally { passing = false; }
  // What changed: the key typed, or a choice's new state unless a new screen came (it reads itself).
  if (el.dataset.key) { say([[secretKeys() ? t(/pin|phone/.test(keyboard.field.dataset.kb) ? "audio.digit" : "audio.char") : el.dataset.key, langOf(el)]]); return; }
  await frame();
  await frame();
  if (before === shownScreens && el.isConnected && el.matches("[aria-pressed], [aria-checked]")) say(name(el));
}

function onClick(event) {
  if (held) { held = false; swallow(event); return; }
  if (!on || passing) return;
  const el = event.target.closest?.(CONTROL);
  if (!el) {
    const now = Date.now();
    if (now - lastBlank < DOUBLE && armed?.isConnected) { lastBlank = 0; act(armed); } else lastBlank = now;
    return;
  }
  if (el.matches("input, textarea")) { arm(el); return; } // a field only takes the keyboard: nothing to fear
  swallow(event);
  if (same(el, armed)) act(el); else arm(el);
}

// A long press in any corner (found without sight, by the screen's edge) switches the mode; on the attract screen a touch says how.
function onPress(event) {
  const quiet = player.paused;
  stop();
  held = false;
  clearTimeout(hold);
  const x = event.clientX, y = event.clientY;
  if ((x < CORNER || x > innerWidth - CORNER) && (y < CORNER || y > innerHeight - CORNER)) hold = setTimeout(() => { held = true; toggle(); }, HOLD);
  if (!on && quiet && $("audio-tip")?.checkVisibility() && !event.target.closest?.("#audio")) say(pieces($("audio-tip")));
}

function toggle() {
  on = !on;
  armed?.classList.remove("armed");
  armed = null;
  $("audio").setAttribute("aria-pressed", String(on));
  $("audio-tools").hidden = !on;
  if (on) readScreen(pieces($("audio-hint")));
  else say(name($("audio")));
}

// ---- what appears: a screen, a dialog, an error or status message
function changed(records) {
  const opened = records.find((r) => r.attributeName === "open" && r.target.open)?.target;
  const screen = records.some((r) => r.target === $("main") && r.addedNodes.length);
  if (screen || opened) { armed?.classList.remove("armed"); armed = null; shownScreens++; }
  if (!on) { if (screen) stop(); return; }
  if (opened) { say(pieces(opened)); return; }
  if (screen) { readSoon(); return; }
  const live = records.map((r) => (r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement)?.closest(LIVE))
    .find((el) => el && shown(el) && textOf(el));
  if (live) say(pieces(live));
}

function choosePrivacy(headset) {
  privately = headset;
  $("private").close();
  readScreen();
}

/// Wires the mode: the "Écouter" button, the corner gesture, "Répéter", slower speech, private listening.
export function startAudio() {
  window.addEventListener("click", onClick, true);
  window.addEventListener("pointerdown", onPress, true);
  for (const type of ["pointerup", "pointercancel"]) window.addEventListener(type, () => clearTimeout(hold), true);
  $("audio").addEventListener("click", toggle);
  $("audio-repeat").addEventListener("click", () => readScreen());
  $("audio-slow").addEventListener("click", () => {
    slow = !slow;
    $("audio-slow").setAttribute("aria-pressed", String(slow));
    readScreen();
  });
  $("private-yes").addEventListener("click", () => choosePrivacy(true));
  $("private-no").addEventListener("click", () => choosePrivacy(false));
  $("private").addEventListener("cancel", (event) => event.preventDefault());
  new MutationObserver(changed).observe(document.body, { subtree: true, childList: true, characterData: true, attributeFilter: ["open"] });
}
