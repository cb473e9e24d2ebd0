// Home menu, diagnostic (one question per screen, review), result with its chart, advice.
import { h } from "./dom.js";
import { t, tp, ui, go, back, state as S, content, sessionPath, busy, explain, stackDepth, passport, passportOrNone } from "./shell.js";
import { startConsent } from "./record.js";
import { call } from "./api.js";
import { scoreChart } from "./chart.js";

const diagnostic = () => content("diagnostic", "/api/v1/diagnostic");

// The latest result in the current language: the server's copy, else recomputed from the answers.
async function latestResult() {
  if (S.result && S.result.lang === S.lang) return S.result;
  let data;
  try {
    data = await call("GET", `${sessionPath("/diagnostic")}?lang=${S.lang}`);
  } catch (error) {
    if (![404, 405].includes(error.status)) throw error;
    if (!S.answers) return null; // e.g. resumed from an earlier visit, without the detail
    data = await call("POST", sessionPath("/diagnostic"), { answers: S.answers });
  }
  S.result = { ...data, lang: S.lang };
  return S.result;
}

// Home tiles' pictograms: inline SVG paths on a 24-unit grid (no request, no font).
const PICTOS = {
  diagnostic: "M4 18a8 8 0 1 1 16 0M12 18l4-6", result: "M5 20V11M12 20V5M19 20v-6", advice: "M9 18h6M10 21h4M12 3a6 6 0 0 0-3 11v2h6v-2a6 6 0 0 0-3-11z",
  trainings: "M3 5h8v15H3zM13 5h8v15h-8z", shop: "M3 9l2-5h14l2 5M4 9v11h16V9M9 20v-6h6v6", passport: "M4 3h16v18H4zM8 8h8M8 12h8M8 16h5",
  advisor: "M5 3h4l2 5-3 2a11 11 0 0 0 5 5l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z", resume: "M4 12a8 8 0 1 0 3-6M4 3v5h5",
};
const picto = (key) => h("svg", { class: "picto", viewBox: "0 0 24 24", "aria-hidden": "true" }, h("path", { d: PICTOS[key] }));

function tile(key, open, { done, cls, text = t(`home.${key}Text`), action = key } = {}) {
  return ui.button([picto(key), h("span", { class: "tile-body" }, ui.tile([done && h("span", { class: "done", "aria-hidden": "true", text: "✓ " }), t(`home.${key}`)], text))],
    typeof open === "string" ? () => go(open) : open, { kind: "tile", action, cls });
}

// The questions an answer has not made irrelevant (`showIf`), in order.
const shown = (data) => data.questions.filter((q) => !q.showIf || q.showIf.answers.includes(S.answers?.[q.showIf.question]));
// Minutes promised: the content's estimate, else computed from its words (150 a minute) and taps (2 s).
function minutes(data) {
  const words = (text) => (text ?? "").split(/\s+/).filter(Boolean).length;
  const seconds = data.estimate?.typicalSeconds ?? shown(data).reduce((sum, q) =>
    sum + (words(q.text) + words(q.help) + q.answers.reduce((n, a) => n + words(a.label), 0)) * 0.4 + 2, 0);
  return Math.max(1, Math.round(seconds / 60));
}

// The result's actions, priorities first, each with its dimension and what the kiosk does for it.
function actionsOf({ result, priorities = [], more = [] }) {
  return [...priorities, ...more].map((a) => ({ ...a, dim: result?.dimensions.find((d) => d.dimension === a.dimension) }));
}

// An action's button: straight to what the kiosk does for it.
function act({ id, action = {} }) {
  const open = {
    pageBuilder: () => (S.consent?.purposes?.includes("publish") ? go("shop-start") : startConsent("shop", "publish")),
    training: () => { S.trainingReturn = stackDepth(); go("training", { id: action.training, i: 0 }); },
    advisor: () => go("advisor-start"),
  }[action.kind];
  const label = action.kind === "training" ? t("advice.train", { title: action.title ?? "" }) : t(`priority.${action.kind}`);
  return open && ui.button(label, open, { kind: "primary", action: action.kind === "training" ? "train" : "priority", id: action.training ?? id });
}

export default function register(screens) {
  screens.home = async ({ welcome }) => {
    const [record, data] = await Promise.all([passportOrNone(), diagnostic().catch(() => null)]);
    const done = Boolean(record.diagnostic);
    const publish = S.consent?.purposes?.includes("publish");
    const tiles = [
      done ? tile("result", "result", { done: true, action: "diagnostic" })
        : tile("diagnostic", "diag-intro", { cls: "lead-tile", text: data && t("home.diagnosticText", { n: minutes(data) }) }),
      done && tile("advice", "advice"),
      tile("shop", () => (publish ? go("shop-start") : startConsent("shop", "publish")), { cls: done && !record.pagePublished ? "lead-tile" : "" }),
      tile("trainings", "trainings"),
      tile("passport", "passport"),
      tile("advisor", "advisor-start", { action: "advisor" }),
      !record.resumeCode && tile("resume", "resume-code"),
    ];
    // What comes next: the server's suggestion (`next`), else from what is done.
    const next = record.next ? `home.next.${record.next}` : !done ? "home.next.diagnostic" : record.pagePublished ? "home.next.trainings" : "home.next.pageBuilder";
    return [ui.title(welcome == null ? t("home.title") : welcome ? t("home.welcomeName", { name: welcome }) : t("home.welcome")),
      ui.lead(t(next)), h("div", { class: "tiles" }, tiles)];
  };

  screens["diag-intro"] = async () => {
    const data = await diagnostic();
    return [
      ui.title(t("diag.title")),
      ui.lead(t("diag.lead", { n: shown(data).length, minutes: minutes(data) })),
      h("ul", { class: "themes" }, data.dimensions.map((d) => h("li", {}, h("strong", { text: d.name }), " — ", d.description))),
      ui.p(t("diag.how")),
      ui.actions(ui.button(t("diag.begin"), () => go("diag-q", { i: 0 }), { kind: "primary", action: "begin" })),
    ];
  };

  // `i`: the question's index in the content; questions made irrelevant by an answer are skipped.
  screens["diag-q"] = async ({ i, edit }) => {
    const data = await diagnostic();
    S.answers ??= {};
    const question = data.questions[i];
    const dimension = data.dimensions.find((d) => d.id === question.dimension);
    const chosen = S.answers[question.id];
    const next = () => {
      if (edit) { back(); return; }
      const after = shown(data).find((q) => data.questions.indexOf(q) > i);
      if (after) go("diag-q", { i: data.questions.indexOf(after) }); else go("diag-review");
    };
    const choose = (answer) => {
      S.answers[question.id] = answer.id;
      S.result = null;
      next();
    };
    const visible = shown(data);
    const position = visible.indexOf(question) + 1;
    const left = visible.length - position;
    return [
      ui.step(position, visible.length),
      ui.p([dimension?.name, left > 0 && tp("diag.left", left)].filter(Boolean).join(" · "), "eyebrow"),
      ui.title(question.text),
      question.help && ui.p(question.help, "hint"),
      h("div", { class: "choices", role: "group", "aria-labelledby": "screen-title" }, question.answers.map((answer) =>
        ui.button(answer.label, () => choose(answer), { kind: "choice", action: "answer", id: answer.id, pressed: chosen === answer.id }))),
      ui.actions(chosen
        ? ui.button(t("diag.keep"), next, { action: "next" })
        : ui.button(t("diag.skip"), () => { delete S.answers[question.id]; next(); }, { action: "skip" })),
    ];
  };

  screens["diag-review"] = async () => {
    const data = await diagnostic();
    S.answers ??= {};
    const visible = shown(data);
    const answers = Object.fromEntries(visible.filter((q) => S.answers[q.id]).map((q) => [q.id, S.answers[q.id]]));
    const send = ui.button(t("diag.send"), (button) => busy(button, async () => {
      try {
        const result = await call("POST", sessionPath("/diagnostic"), { answers });
        S.result = { ...result, lang: S.lang };
        go("result", {}, { reset: ["home"] });
      } catch (error) { explain(error); }
    }), { kind: "primary", action: "send" });
    send.dataset.enter = "1";
    return [
      ui.title(t("diag.reviewTitle")),
      ui.lead(t("diag.reviewLead", { n: Object.keys(answers).length, total: visible.length })),
      h("div", { class: "sticky" }, ui.actions(send), ui.error()),
      h("ol", { class: "review" }, visible.map((q) => ui.row(ui.qa(q.text,
        q.answers.find((a) => a.id === S.answers[q.id])?.label ?? t("diag.skipped")), () => go("diag-q", { i: data.questions.indexOf(q), edit: true }), "edit", q.id))),
    ];
  };

  screens.result = async () => {
    const latest = await latestResult();
    const redo = ui.button(t("result.redo"), () => go("diag-q", { i: 0 }), { action: "redo" });
    if (!latest) {
      const summary = (await passport()).diagnostic;
      return [ui.title(t("result.title")),
        summary?.overall != null && ui.p(t("result.outOf", { n: summary.overall }), "big"),
        ui.lead(t("result.noDetail")), ui.actions(redo)];
    }
    const { result } = latest;
    const priorities = latest.priorities ?? [];
    const host = h("div", { class: "chart-host" });
    const draw = () => {
      const width = host.clientWidth;
      if (!width || !host.isConnected) return;
      const px = parseFloat(getComputedStyle(host).fontSize);
      host.replaceChildren(scoreChart(result.dimensions, t, width, px));
    };
    const observer = new ResizeObserver(() => requestAnimationFrame(draw));
    observer.observe(host);
    const onMode = () => {
      if (host.isConnected) { requestAnimationFrame(draw); return; }
      window.removeEventListener("modechange", onMode);
      observer.disconnect();
    };
    window.addEventListener("modechange", onMode);
    const overall = result.overall;
    return h("div", { class: "result-grid" }, h("div", {},
      ui.title(t("result.title")),
      overall == null
        ? ui.lead(t("result.none"))
        : h("div", { class: "score" },
          ui.p(t("result.outOf", { n: overall }), "big"),
          result.level && ui.p(result.level.description ?? result.level.explanation ?? "")),
      priorities.length > 0 && [h("h2", { text: t("result.priorities", { n: priorities.length }) }),
        h("ol", { class: "priorities" }, priorities.map((p) => h("li", { class: "priority" }, h("h3", { text: p.title }), ui.p(p.text), ui.actions(act(p)))))],
      ui.actions(
        overall != null && ui.link(priorities.length ? "result.more" : "result.advice", "advice", priorities.length ? "secondary" : "primary", "advice"),
        ui.link("home.passport", "passport"), redo)),
    h("div", {}, h("h2", { text: t("result.byTheme") }), host,
      ui.p(t("result.answered", { n: result.answered, total: result.questionCount }), "note")));
  };

  // Every action, the three priorities first; a tap opens the action.
  screens.advice = async () => {
    const latest = await latestResult();
    if (!latest) { go("result", {}, { replace: true }); return []; }
    const actions = actionsOf(latest);
    if (!actions.length) {
      return [ui.title(t("advice.noneTitle")), ui.lead(t("advice.none")), ui.actions(ui.link("home.trainings", "trainings", "primary"))];
    }
    return [
      ui.title(t("advice.title")),
      ui.lead(t("advice.lead")),
      h("ul", { class: "list" }, actions.map((action, i) => ui.row(ui.tile(action.title,
        [action.dim?.name, action.effort, action.cost && t(`cost.${action.cost}`)].filter(Boolean).join(" · ")),
      () => go("advice-action", { i }), "action", action.id))),
    ];
  };

  screens["advice-action"] = async ({ i }) => {
    const actions = actionsOf((await latestResult()) ?? {});
    if (!actions.length) { go("result", {}, { replace: true }); return []; }
    const action = actions[Math.min(i, actions.length - 1)];
    const last = i + 1 >= actions.length;
    const facts = [action.effort && [t("advice.effort"), action.effort], action.cost && [t("advice.cost"), t(`cost.${action.cost}`)]];
    return [
      ui.step(i + 1, actions.length, "advice.step"),
      action.dim && ui.p(`${action.dim.name} — ${t("result.outOf", { n: action.dim.score })}`, "eyebrow"),
      ui.title(action.title),
      ui.p(action.text),
      facts.some(Boolean) && ui.facts("facts", facts),
      ui.actions(act(action),
        last ? ui.link("home.passport", "passport") : ui.button(t("advice.next"), () => go("advice-action", { i: i + 1 }), { action: "next" })),
      action.offers?.length > 0 && h("section", { class: "offers", "aria-labelledby": "offers-title" },
        h("h2", { id: "offers-title", text: t("advice.offers") }),
        action.offers.map((offer) => h("div", { class: "offer" },
          h("h3", { text: offer.title }), ui.p(offer.text),
          ui.p(t("advice.provider", { name: offer.provider }), "note")))),
    ];
  };
}
