// Page builder beside a live preview: changes saved (debounced PUT), draft read again (GET) per screen.
import { h, $ } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, failText, known } from "./shell.js";
import { call } from "./api.js";
import { startConsent, formatPhone } from "./record.js";
import { stepper, dateMoves, dateText, today, weekday } from "./picker.js";
import { daysEditor, timesEditor, dayEditor, leaveTimes } from "./hours.js";

export const STEPS = ["name", "trade", "about", "address", "contact", "hours", "closures", "social", "services", "colour", "review"].map((x) => `shop-${x}`);
// The step of each draft member, for problems named by JSON path (`hours[2]`).
export const STEP_OF = { name: 0, trade: 1, description: 2, street: 3, postcode: 3, city: 3, phone: 4, email: 4, website: 4,
  hours: 5, closures: 6, facebook: 7, instagram: 7, googleReview: 7, services: 8, accent: 9 };
const SWATCHES = ["#1f5c99", "#1e6b34", "#a4000f", "#5b2a86", "#7a4a1e", "#006270", "#a3195b", "#3d4a5c"];
const saver = { timer: 0, flight: null };

// ---- the draft
async function load() {
  await flush();
  try {
    S.shop = { ...(await call("GET", sessionPath("/shop"))), exists: true };
  } catch (error) {
    if (error.status !== 404) throw error;
    S.shop = { draft: {}, problems: [], links: { preview: sessionPath("/shop/preview") } };
  }
  return S.shop;
}

// The draft, or false after sending the visitor to the first screen for the missing consent.
export async function loadOrLeave() {
  try { return await load(); } catch (error) {
    if (error.code !== "consent_required") throw error;
    go("shop-start", {}, { replace: true });
    return false;
  }
}

function edit(patch) {
  Object.assign(S.shop.draft, patch);
  clearTimeout(saver.timer);
  saver.timer = setTimeout(save, 400);
}

export function flush() {
  if (saver.timer) { clearTimeout(saver.timer); save(); }
  return saver.flight ?? Promise.resolve();
}

// Empty members are left out: clearing a field clears it on the server.
function body(draft) {
  const out = {};
  for (const [key, raw] of Object.entries(draft)) {
    const value = key === "services" ? raw.map((x) => x.trim()).filter(Boolean) : raw?.trim?.() ?? raw;
    if (value != null && value !== "" && value.length !== 0) out[key] = value;
  }
  return out;
}

// One save after the other, so an older answer never overwrites a newer draft.
function save() {
  saver.timer = 0;
  const shop = S.shop;
  if (!S.session || !shop) return;
  const sent = body(shop.draft);
  const flight = (saver.flight ?? Promise.resolve()).then(() => call("PUT", sessionPath("/shop"), sent)).then((state) => {
    if (S.shop !== shop) return;
    Object.assign(shop, state, { draft: shop.draft, exists: true });
    showProblems();
    refreshPreview();
  }, (error) => {
    const line = $("screen-error");
    if (line && error.code !== "session_ended") line.textContent = failText(error);
  }).finally(() => { if (saver.flight === flight) saver.flight = null; });
  saver.flight = flight;
}

// ---- problems, as text next to their field
export const problemText = (p) => p.message ?? p.code;
export const root = (field) => field.split(/[[.]/)[0];

// Where a problem shows: `hours[2]` → its weekday, `closures[0].to` → that row, `services[1]` → that line.
function anchor(field) {
  const draft = S.shop.draft;
  const [, name, i, member] = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field) ?? [];
  if (i == null) return [name, "screen"];
  if (name === "hours") return [`day${draft.hours?.[i]?.day}`, "screen"];
  if (name === "closures") return [`closure${i}-${member}`, `closure${i}`];
  return [`service${(draft.services ?? []).map((x, n) => x.trim() && n).filter((n) => n !== "")[i]}`];
}

function showProblems() {
  const main = $("main");
  const step = Number(main.querySelector("[data-step]")?.dataset.step);
  if (!S.shop || Number.isNaN(step)) return;
  for (const line of main.querySelectorAll('.error[id$="-error"]')) line.textContent = "";
  for (const input of main.querySelectorAll('[aria-invalid="true"]')) input.setAttribute("aria-invalid", "false");
  for (const problem of S.shop.problems ?? []) {
    // "Required" waits for the review: an empty field is no mistake while the page is filled in.
    if (problem.code === "error-required" || STEP_OF[root(problem.field)] !== step) continue;
    const id = anchor(problem.field).find((x) => $(`${x}-error`));
    if (!id) continue;
    const line = $(`${id}-error`);
    line.textContent = `${line.textContent} ${problemText(problem)}`.trim();
    $(id)?.setAttribute("aria-invalid", "true");
  }
}

// ---- the preview: as tall as its page (so <main> scrolls it), reloaded without a history entry
const previewUrl = () => `${S.shop.links.preview}?v=${Date.now()}`;

function preview() {
  const frame = h("iframe", { id: "preview", class: "preview-frame", title: t("shop.preview"), tabindex: "-1", height: 640,
    src: S.shop.exists && previewUrl() });
  frame.addEventListener("load", () => {
    const height = frame.contentDocument?.documentElement.getBoundingClientRect().height;
    if (height) frame.height = Math.max(320, Math.ceil(height));
  });
  return h("section", { "aria-labelledby": "preview-title" }, h("h2", { id: "preview-title", text: t("shop.preview") }), frame);
}

function refreshPreview() {
  const frame = $("preview");
  if (frame?.getAttribute("src")) frame.contentWindow?.location.replace(previewUrl());
  else if (frame) frame.src = previewUrl();
}

// ---- a builder screen: step, title, lead, fields, Next, preview
export function builderStep(index, render, { next, nextLabel = "common.next", action = "next", title, lead = `shop.l.${STEPS[index].slice(5)}` } = {}) {
  return async (params = {}) => {
    if (!(await loadOrLeave())) return [];
    const fields = await render(S.shop.draft, params);
    const done = ui.button(t(nextLabel), (button) => (next ? next(button, params) : params.edit ? back() : go(STEPS[index + 1])), { kind: "primary", action });
    done.dataset.enter = "1";
    const intro = lead && known(lead);
    requestAnimationFrame(showProblems);
    return [ui.step(index + 1, STEPS.length), h("div", { class: "builder" },
      h("div", { "data-step": index }, ui.title(title?.(params) ?? t(`shop.s.${STEPS[index].slice(5)}`)),
        intro && ui.lead(intro), fields, ui.error(), ui.actions(done)),
      preview())];
  };
}

function text(name, draft, { layout = "text", max, then, multiline, format, personal } = {}) {
  return ui.field({ id: name, label: t(`shop.f.${name}`), hint: S.texts[`shop.h.${name}`], layout, maxlength: max, then, multiline, personal,
    value: draft[name] ?? "", oninput: (el) => { if (format) el.value = format(el.value); edit({ [name]: el.value }); } });
}

function pickOne(name, items, current, kind = "choice", after) {
  const group = h("div", { id: name, class: `choices ${name}-list`, role: "group", "aria-labelledby": `${name}-title`, "aria-describedby": `${name}-error` },
    items.map((item, i) => ui.button(item.label, (button) => {
      for (const other of group.children) other.setAttribute("aria-pressed", String(other === button));
      edit({ [name]: item.id });
      after?.();
    }, { kind, cls: kind === "swatch" ? `sw${i}` : "", action: name, id: item.id, pressed: current === item.id })));
  return [h("h2", { id: `${name}-title`, text: t(`shop.f.${name}`) }), group, ui.error(name)];
}

function row(id, parts, open, action, key) {
  const button = ui.button(parts, open, { kind: "row", action, id: key });
  button.id = id;
  button.setAttribute("aria-describedby", `${id}-error`);
  return h("li", {}, button, ui.error(id));
}

// ---- the screens
export default function register(screens) {
  screens["shop-start"] = async () => {
    let shop = null;
    try { shop = await load(); } catch (error) { if (error.code !== "consent_required") throw error; }
    const begin = shop ? ui.button(t(shop.exists ? "shop.continue" : "shop.begin"), () => go(STEPS[0]), { kind: "primary", action: "begin" })
      : ui.button(t("shop.consent"), () => startConsent("shop", "publish"), { kind: "primary", action: "consent" });
    return [ui.title(t("shop.title")), ui.lead(t("shop.lead")), ui.p(t("shop.steps")),
      !shop && ui.p(t("shop.consentFirst")),
      ui.actions(begin, shop?.published && ui.link("shop.seePublished", "shop-done", "secondary", "published"))];
  };

  screens["shop-name"] = builderStep(0, (d) => text("name", d, { max: 80 }));

  // The trade on a screen of its own (never under the keyboard): a tap chooses and moves on.
  screens["shop-trade"] = builderStep(1, async (d, params) => pickOne("trade", await content("trades", "/api/v1/trades"), d.trade,
    "choice", () => (params.edit ? back() : go(STEPS[2]))));

  screens["shop-about"] = builderStep(2, (d) => text("description", d, { max: 600, multiline: true }));

  screens["shop-address"] = builderStep(3, (d) => [text("street", d, { max: 120, then: "postcode" }),
    text("postcode", d, { layout: "pin", max: 5, then: "city" }), text("city", d, { max: 60 })]);

  screens["shop-contact"] = builderStep(4, (d) => [text("phone", d, { layout: "phone", max: 20, then: "email", format: formatPhone, personal: true }),
    text("email", d, { layout: "email", max: 254, then: "website", personal: true }),
    text("website", d, { layout: "url", max: 300 })]);

  screens["shop-hours"] = builderStep(5, (d) => daysEditor(d, edit), { next: (_, params) => go("shop-times", params) });
  screens["shop-times"] = builderStep(5, (d) => timesEditor(d, edit), { title: () => t("hours.timesTitle"), lead: null,
    next: (_, params) => leaveTimes(params, STEPS[6]) });
  screens["shop-day"] = builderStep(5, (d, params) => dayEditor(d, edit, params), { title: ({ day }) => weekday(day), lead: null, nextLabel: "shop.ok", next: back });

  screens["shop-closures"] = builderStep(6, (d) => {
    const list = d.closures ?? [];
    const add = ui.button(t("shop.add"), () => {
      edit({ closures: [...list, { from: today(), to: today(), label: "" }] });
      go("shop-closure", { i: list.length });
    }, { action: "add", disabled: list.length >= 12 });
    return [!list.length && ui.p(t("shop.none")), h("ul", { class: "review" }, list.map((c, i) => row(`closure${i}`,
      [h("span", { class: "review-a", text: t("shop.range", { from: dateText(c.from, "short"), to: dateText(c.to, "short") }) }),
        c.label && h("span", { class: "review-q", text: c.label })], () => go("shop-closure", { i }), "closure", i))), ui.actions(add)];
  });

  screens["shop-closure"] = builderStep(6, closureEditor, { title: () => t("shop.closure"), lead: null, nextLabel: "shop.ok", next: back });

  screens["shop-social"] = builderStep(7, (d) => [text("facebook", d, { layout: "url", max: 200, then: "instagram" }),
    text("instagram", d, { layout: "url", max: 100, then: "googleReview" }),
    text("googleReview", d, { layout: "url", max: 300 })]);

  // The lines so far and an empty one; typing in it adds the next (8 at most).
  screens["shop-services"] = builderStep(8, (d) => {
    const lines = (d.services ?? []).filter((x) => x.trim());
    const list = h("div", {});
    const line = (i) => ui.field({ id: `service${i}`, label: t("shop.f.service", { n: i + 1 }), layout: "text", maxlength: 60,
      value: lines[i] ?? "", then: `service${i + 1}`, oninput: (el) => {
        lines[i] = el.value;
        edit({ services: [...lines] });
        if (el.value && i === list.children.length - 1 && i < 7) list.append(line(i + 1));
      } });
    for (let i = 0; i <= Math.min(lines.length, 7); i++) list.append(line(i));
    return list;
  });

  screens["shop-colour"] = builderStep(9, (d) => pickOne("accent", SWATCHES.map((id, i) => ({ id, label: t(`colour.${i}`) })),
    d.accent ?? SWATCHES[0], "swatch"));

}

// ---- one exceptional closure: first and last day, an optional reason
function closureEditor(draft, { i }) {
  const list = draft.closures ?? [], closure = list[i];
  if (!closure) { go("shop-closures", {}, { replace: true }); return []; }
  const store = () => edit({ closures: [...list] });
  const picker = (key) => stepper({ id: `closure${i}-${key}`, label: t(`shop.${key}`), value: closure[key], show: dateText,
    moves: dateMoves(t), onchange: (value) => {
      closure[key] = value;
      if (key === "from" && closure.to < value) to.set(closure.to = value); // the last day follows the first
      store();
    } });
  const to = picker("to");
  return [picker("from"), to, ui.field({ id: `closure${i}-label`, label: t("shop.reason"), hint: t("shop.h.reason"), layout: "text",
    maxlength: 60, value: closure.label ?? "", lazy: true, oninput: (el) => { closure.label = el.value; store(); } }),
  ui.actions(ui.button(t("shop.remove"), () => { list.splice(i, 1); store(); go("shop-closures", {}, { replace: true }); }, { action: "remove" }))];
}
