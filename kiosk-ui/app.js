// The kiosk's first screens. Keeps nothing in browser storage: the visitor session lives on
// the server and is ended by "Terminer", so the next visitor starts clean.
const state = { language: "fr", texts: {}, session: null };

const $ = (id) => document.getElementById(id);

async function loadTexts(language) {
  const response = await fetch(`/i18n/${language}.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`texts ${language}: ${response.status}`);
  return response.json();
}

function applyTexts() {
  document.documentElement.lang = state.language;
  for (const element of document.querySelectorAll("[data-text]")) {
    const text = state.texts[element.dataset.text];
    if (typeof text === "string") element.textContent = text;
  }
  for (const button of document.querySelectorAll(".lang")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === state.language));
  }
  document.title = state.texts["page.title"] ?? document.title;
}

async function setLanguage(language) {
  state.texts = await loadTexts(language);
  state.language = language;
  applyTexts();
}

function show(screen) {
  for (const section of document.querySelectorAll(".screen")) section.hidden = section.id !== screen;
  $("main").focus();
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    cache: "no-store",
  });
  if (!response.ok && response.status !== 204) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem?.error?.message ?? `HTTP ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

async function start() {
  $("status").textContent = "";
  try {
    state.session = await api("POST", "/api/v1/sessions", { language: state.language });
    show("screen-plan");
  } catch (error) {
    show("screen-plan");
    $("status").textContent = state.texts["error.unavailable"] ?? String(error.message);
  }
}

async function finish() {
  const session = state.session;
  state.session = null;
  if (session) await api("DELETE", `/api/v1/sessions/${session.id}`).catch(() => {});
  $("help-text").hidden = true;
  show("screen-welcome");
}

function bind() {
  // "click" fires on release, never on press: a finger can slide off to cancel.
  $("start").addEventListener("click", start);
  $("back").addEventListener("click", () => show("screen-welcome"));
  $("finish").addEventListener("click", finish);
  $("help").addEventListener("click", () => { $("help-text").hidden = !$("help-text").hidden; });
  for (const button of document.querySelectorAll(".lang")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  document.addEventListener("contextmenu", (event) => event.preventDefault());
}

bind();
setLanguage("fr").catch(() => {});
