// Home menu, diagnostic (one question per screen, review), result with its chart, advice.
import { h } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, busy, explain, stackDepth } from "./app.js";
import { call } from "./api.js";
import { scoreChart } from "./chart.js";

const diagnostic = () => content("diagnostic", "/api/v1/diagnostic");

export async function passport() {
  const record = S.passport = await call("GET", sessionPath("/passport"));
  if (record.resumeCode) S.resumeCode = record.resumeCode;
  if (record.consent) S.consent = record.consent;
  return record;
}
// The passport, or {} when it cannot be read (the screen still shows).
export const passportOrNone = () => passport().catch((error) => { if (error.code === "session_ended") throw error; return {}; });

// The latest result in the current language: the server's copy (GET again after a language
// change), else recomputed from the answers in memory.
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

function tile(key, screen, action = screen, done, cls) {
  return ui.button(ui.tile([done && h("span", { class: "done", "aria-hidden": "true", text: "✓ " }), t(`home.${key}`)], t(`home.${key}Text`)),
    () => go(screen), { kind: "tile", action, cls });
}

export default function register(screens) {
  screens.home = async () => {
    const record = await passportOrNone();
    const done = Boolean(record.diagnostic);
    const tiles = [
      done ? tile("result", "result", "diagnostic", true) : tile("diagnostic", "diag-intro", "diagnostic", false, "lead-tile"),
      done && tile("advice", "advice"),
      tile("trainings", "trainings"),
      tile("shop", "shop-start", "shop"),
      tile("passport", "passport"),
      tile("advisor", "advisor-start", "advisor"),
      !record.resumeCode && tile("resume", "resume-code", "resume"),
    ];
    return [ui.title(t("home.title")), ui.lead(t("home.lead")), h("div", { class: "tiles" }, tiles)];
  };

  screens["diag-intro"] = async () => {
    const data = await diagnostic();
    return [
      ui.title(t("diag.title")),
      ui.lead(t("diag.lead", { n: data.questions.length })),
      h("ul", { class: "themes" }, data.dimensions.map((d) => h("li", {}, h("strong", { text: d.name }), " — ", d.description))),
      ui.p(t("diag.how")),
      ui.actions(ui.button(t("diag.begin"), () => go("diag-q", { i: 0 }), { kind: "primary", action: "begin" })),
    ];
  };

  screens["diag-q"] = async ({ i, edit }) => {
    const data = await diagnostic();
    S.answers ??= {};
    const question = data.questions[i];
    const dimension = data.dimensions.find((d) => d.id === question.dimension);
    const chosen = S.answers[question.id];
    const total = data.questions.length;
    const next = () => (edit || i + 1 >= total ? (edit ? back() : go("diag-review")) : go("diag-q", { i: i + 1 }));
    const choose = (answer) => {
      S.answers[question.id] = answer.id;
      S.result = null;
      next();
    };
    return [
      ui.step(i + 1, total),
      ui.p(dimension?.name ?? "", "eyebrow"),
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
    const answered = data.questions.filter((q) => S.answers[q.id]).length;
    const send = ui.button(t("diag.send"), (button) => busy(button, async () => {
      try {
        const result = await call("POST", sessionPath("/diagnostic"), { answers: S.answers });
        S.result = { ...result, lang: S.lang };
        go("result", {}, { reset: ["home"] });
      } catch (error) { explain(error); }
    }), { kind: "primary", action: "send" });
    send.dataset.enter = "1";
    return [
      ui.title(t("diag.reviewTitle")),
      ui.lead(t("diag.reviewLead", { n: answered, total: data.questions.length })),
      ui.actions(send), ui.error(),
      h("ol", { class: "review" }, data.questions.map((q, i) => ui.row(ui.qa(q.text,
        q.answers.find((a) => a.id === S.answers[q.id])?.label ?? t("diag.skipped")), () => go("diag-q", { i, edit: true }), "edit", q.id))),
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
          result.level && [h("p", { class: "level" }, t("result.level"), " ", h("strong", { text: result.level.name })),
            ui.p(result.level.description ?? result.level.explanation ?? "")]),
      ui.p(t("result.answered", { n: result.answered, total: result.questionCount }), "note"),
      ui.actions(
        overall != null && ui.link("result.advice", "advice", "primary"), ui.link("home.passport", "passport"), redo)),
    h("div", {}, h("h2", { text: t("result.byTheme") }), host));
  };

  // Overview: the weakest themes first, each with its 1–3 actions; a tap opens the action.
  screens.advice = async () => {
    const latest = await latestResult();
    if (!latest) { go("result", {}, { replace: true }); return []; }
    const { advice } = latest;
    if (!advice.length) {
      return [ui.title(t("advice.noneTitle")), ui.lead(t("advice.none")), ui.actions(ui.link("home.trainings", "trainings", "primary"))];
    }
    let index = 0;
    return [
      ui.title(t("advice.title")),
      ui.lead(t("advice.lead")),
      advice.map((dim) => h("section", { class: "advice-group" },
        h("h2", { text: `${dim.name} — ${t("result.outOf", { n: dim.score })}` }),
        h("ul", { class: "list" }, dim.actions.map((action) => {
          const i = index++;
          return ui.row(ui.tile(action.title, [action.effort, action.cost && t(`cost.${action.cost}`)].filter(Boolean).join(" · ")),
            () => go("advice-action", { i }), "action", action.id);
        })))),
    ];
  };

  screens["advice-action"] = async ({ i }) => {
    const { advice } = (await latestResult()) ?? { advice: [] };
    if (!advice.length) { go("result", {}, { replace: true }); return []; }
    const actions = advice.flatMap((dim) => dim.actions.map((action) => ({ ...action, dim })));
    const action = actions[Math.min(i, actions.length - 1)];
    const last = i + 1 >= actions.length;
    const facts = [action.effort && [t("advice.effort"), action.effort], action.cost && [t("advice.cost"), t(`cost.${action.cost}`)]];
    return [
      ui.step(i + 1, actions.length, "advice.step"),
      ui.p(`${action.dim.name} — ${t("result.outOf", { n: action.dim.score })}`, "eyebrow"),
      ui.title(action.title),
      ui.p(action.text),
      facts.some(Boolean) && ui.facts("facts", facts),
      ui.actions(
        ui.button(t("advice.train", { title: action.training.title }), () => {
          S.trainingReturn = stackDepth();
          go("training", { id: action.training.id, i: 0 });
        }, { kind: "primary", action: "train", id: action.training.id }),
        last ? ui.link("home.passport", "passport") : ui.button(t("advice.next"), () => go("advice-action", { i: i + 1 }), { action: "next" })),
      action.offers?.length > 0 && h("section", { class: "offers", "aria-labelledby": "offers-title" },
        h("h2", { id: "offers-title", text: t("advice.offers") }),
        action.offers.map((offer) => h("div", { class: "offer" },
          h("h3", { text: offer.title }), ui.p(offer.text),
          ui.p(t("advice.provider", { name: offer.provider }), "note")))),
    ];
  };
}
