// Home menu, the diagnostic (one question per screen, a review, then the result with its chart)
// and the recommendations.
import { h } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, busy, explain, stackDepth } from "./app.js";
import { call } from "./api.js";
import { scoreChart } from "./chart.js";

const diagnostic = () => content("diagnostic", "/api/v1/diagnostic");

export async function passport() {
  S.passport = await call("GET", sessionPath("/passport"));
  if (S.passport.resumeCode) S.resumeCode = S.passport.resumeCode;
  if (S.passport.consent) S.consent = S.passport.consent;
  return S.passport;
}

// The latest result in the current language: the server's copy, fetched again after a
// language change (GET), or recomputed from the answers kept in memory when that is not offered.
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

function tile(title, text, action, onclick, done, cls = "") {
  return ui.button([h("span", { class: "tile-title" }, done ? h("span", { class: "done", "aria-hidden": "true", text: "✓ " }) : null, title),
    h("span", { class: "tile-text", text })], onclick, { kind: "tile", action, cls });
}

export default function register(screens) {
  screens.home = async () => {
    const record = await passport().catch((error) => { if (error.code === "session_ended") throw error; return {}; });
    const done = Boolean(record.diagnostic);
    const tiles = [
      done
        ? tile(t("home.result"), t("home.resultText"), "diagnostic", () => go("result"), true)
        : tile(t("home.diagnostic"), t("home.diagnosticText"), "diagnostic", () => go("diag-intro"), false, "lead-tile"),
      done ? tile(t("home.advice"), t("home.adviceText"), "advice", () => go("advice")) : null,
      tile(t("home.trainings"), t("home.trainingsText"), "trainings", () => go("trainings")),
      tile(t("home.shop"), t("home.shopText"), "shop", () => go("shop-start")),
      tile(t("home.passport"), t("home.passportText"), "passport", () => go("passport")),
      tile(t("home.advisor"), t("home.advisorText"), "advisor", () => go("advisor-start")),
      record.resumeCode ? null : tile(t("home.resume"), t("home.resumeText"), "resume", () => go("resume-code")),
    ];
    return [ui.title(t("home.title")), h("p", { class: "lead", text: t("home.lead") }), h("div", { class: "tiles" }, tiles)];
  };

  screens["diag-intro"] = async () => {
    const data = await diagnostic();
    return [
      ui.title(t("diag.title")),
      h("p", { class: "lead", text: t("diag.lead", { n: data.questions.length }) }),
      h("ul", { class: "themes" }, data.dimensions.map((d) => h("li", {}, h("strong", { text: d.name }), " — ", d.description))),
      h("p", { text: t("diag.how") }),
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
      h("p", { class: "eyebrow", text: dimension?.name ?? "" }),
      ui.title(question.text),
      question.help ? h("p", { class: "hint", text: question.help }) : null,
      h("div", { class: "choices", role: "group", "aria-labelledby": "screen-title" }, question.answers.map((answer) =>
        ui.button(answer.label, () => choose(answer), { kind: "choice", action: "answer", id: answer.id, pressed: chosen === answer.id }))),
      ui.actions(chosen
        ? ui.button(t("diag.keep"), next, { kind: "secondary", action: "next" })
        : ui.button(t("diag.skip"), () => { delete S.answers[question.id]; next(); }, { kind: "secondary", action: "skip" })),
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
      h("p", { class: "lead", text: t("diag.reviewLead", { n: answered, total: data.questions.length }) }),
      ui.actions(send), ui.error(),
      h("ol", { class: "review" }, data.questions.map((q, i) => {
        const answer = q.answers.find((a) => a.id === S.answers[q.id]);
        return h("li", {}, ui.button([h("span", { class: "review-q", text: q.text }),
          h("span", { class: "review-a", text: answer ? answer.label : t("diag.skipped") })],
        () => go("diag-q", { i, edit: true }), { kind: "row", action: "edit", id: q.id }));
      })),
    ];
  };

  screens.result = async () => {
    const latest = await latestResult();
    const redo = ui.button(t("result.redo"), () => go("diag-q", { i: 0 }), { action: "redo" });
    if (!latest) {
      const summary = (await passport()).diagnostic;
      return [ui.title(t("result.title")),
        summary?.overall != null ? h("p", { class: "big", text: t("result.outOf", { n: summary.overall }) }) : null,
        h("p", { class: "lead", text: t("result.noDetail") }), ui.actions(redo)];
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
        ? h("p", { class: "lead", text: t("result.none") })
        : h("div", { class: "score" },
          h("p", { class: "big", text: t("result.outOf", { n: overall }) }),
          result.level ? h("p", { class: "level" }, t("result.level"), " ", h("strong", { text: result.level.name })) : null,
          result.level ? h("p", { text: result.level.description ?? result.level.explanation ?? "" }) : null),
      h("p", { class: "note", text: t("result.answered", { n: result.answered, total: result.questionCount }) }),
      ui.actions(
        overall == null ? null : ui.button(t("result.advice"), () => go("advice"), { kind: "primary", action: "advice" }),
        ui.button(t("home.passport"), () => go("passport"), { action: "passport" }), redo)),
    h("div", {}, h("h2", { text: t("result.byTheme") }), host));
  };

  // Overview: the weakest themes first, each with its 1–3 actions; a tap opens the action.
  screens.advice = async () => {
    const latest = await latestResult();
    if (!latest) { go("result", {}, { replace: true }); return []; }
    const { advice } = latest;
    if (!advice.length) {
      return [ui.title(t("advice.noneTitle")), h("p", { class: "lead", text: t("advice.none") }),
        ui.actions(ui.button(t("home.trainings"), () => go("trainings"), { kind: "primary", action: "trainings" }))];
    }
    let index = 0;
    return [
      ui.title(t("advice.title")),
      h("p", { class: "lead", text: t("advice.lead") }),
      advice.map((dim) => h("section", { class: "advice-group" },
        h("h2", { text: `${dim.name} — ${t("result.outOf", { n: dim.score })}` }),
        h("ul", { class: "list" }, dim.actions.map((action) => {
          const i = index++;
          return h("li", {}, ui.button([h("span", { class: "tile-title", text: action.title }),
            h("span", { class: "tile-text", text: [action.effort, action.cost && t(`cost.${action.cost}`)].filter(Boolean).join(" · ") })],
          () => go("advice-action", { i }), { kind: "row", action: "action", id: action.id }));
        })))),
    ];
  };

  screens["advice-action"] = async ({ i }) => {
    const { advice } = (await latestResult()) ?? { advice: [] };
    if (!advice.length) { go("result", {}, { replace: true }); return []; }
    const actions = advice.flatMap((dim) => dim.actions.map((action) => ({ ...action, dim })));
    const action = actions[Math.min(i, actions.length - 1)];
    const last = i + 1 >= actions.length;
    const facts = [
      action.effort ? [t("advice.effort"), action.effort] : null,
      action.cost ? [t("advice.cost"), t(`cost.${action.cost}`)] : null,
    ].filter(Boolean);
    return [
      ui.step(i + 1, actions.length, "advice.step"),
      h("p", { class: "eyebrow", text: `${action.dim.name} — ${t("result.outOf", { n: action.dim.score })}` }),
      ui.title(action.title),
      h("p", { text: action.text }),
      facts.length ? h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })])) : null,
      ui.actions(
        ui.button(t("advice.train", { title: action.training.title }), () => {
          S.trainingReturn = stackDepth();
          go("training", { id: action.training.id, i: 0 });
        }, { kind: "primary", action: "train", id: action.training.id }),
        last
          ? ui.button(t("home.passport"), () => go("passport"), { action: "passport" })
          : ui.button(t("advice.next"), () => go("advice-action", { i: i + 1 }), { action: "next" })),
      action.offers?.length ? h("section", { class: "offers", "aria-labelledby": "offers-title" },
        h("h2", { id: "offers-title", text: t("advice.offers") }),
        action.offers.map((offer) => h("div", { class: "offer" },
          h("h3", { text: offer.title }), h("p", { text: offer.text }),
          h("p", { class: "note", text: t("advice.provider", { name: offer.provider }) })))) : null,
    ];
  };
}
