// Flash trainings: the list, the steps ("Étape n sur N"), the quiz (one question per screen),
// a review before sending, and the verdict saved in the passport.
import { h } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, busy, explain, stackDepth, truncate } from "./app.js";
import { call } from "./api.js";
import { passport } from "./diagnostic.js";

const training = (id) => content(`training:${id}`, `/api/v1/trainings/${encodeURIComponent(id)}`);
const quizAnswers = (id) => ((S.quiz ??= {})[id] ??= {});
// One numbering for the whole training: its steps, then one quiz question per screen, then the review.
const stages = (course) => course.steps.length + course.quiz.questions.length + 1;

export default function register(screens) {
  screens.trainings = async () => {
    const [list, record] = await Promise.all([
      content("trainings", "/api/v1/trainings"),
      passport().catch((error) => { if (error.code === "session_ended") throw error; return { trainings: [] }; }),
    ]);
    const passed = new Set((record.trainings ?? []).map((item) => item.training));
    return [
      ui.title(t("train.title")),
      h("p", { class: "lead", text: t("train.lead") }),
      h("ul", { class: "list columns" }, list.map((item) => h("li", {}, ui.button([
        h("span", { class: "tile-title", text: item.title }),
        item.summary ? h("span", { class: "tile-text", text: item.summary }) : null,
        h("span", { class: "tile-text" }, t("train.minutes", { n: item.minutes ?? item.durationMinutes }),
          passed.has(item.id) ? h("span", { class: "badge", text: ` · ✓ ${t("train.passed")}` }) : null),
      ], () => { S.trainingReturn = stackDepth(); go("training", { id: item.id, i: 0 }); }, { kind: "row", action: "training", id: item.id })))),
    ];
  };

  screens.training = async ({ id, i }) => {
    const course = await training(id);
    const step = course.steps[i];
    const last = i + 1 >= course.steps.length;
    const next = ui.button(last ? t("train.toQuiz") : t("common.next"),
      () => go(last ? "quiz" : "training", last ? { id, i: 0 } : { id, i: i + 1 }), { kind: "primary", action: "next" });
    return [
      ui.step(i + 1, stages(course)),
      h("p", { class: "eyebrow", text: `${course.title} — ${t("train.minutes", { n: course.minutes ?? course.durationMinutes })}` }),
      ui.title(step.title),
      h("p", { class: "lead", text: step.text }),
      ui.actions(next),
    ];
  };

  screens.quiz = async ({ id, i, edit }) => {
    const course = await training(id);
    const questions = course.quiz.questions;
    const question = questions[i];
    const answers = quizAnswers(id);
    const next = () => (edit ? back() : i + 1 >= questions.length ? go("quiz-review", { id }) : go("quiz", { id, i: i + 1 }));
    return [
      ui.step(course.steps.length + i + 1, stages(course)),
      h("p", { class: "eyebrow", text: `${t("quiz.step", { n: i + 1, total: questions.length })} — ${course.title}` }),
      ui.title(question.text),
      h("div", { class: "choices", role: "group", "aria-labelledby": "screen-title" }, question.choices.map((choice) =>
        ui.button(choice.label, () => { answers[question.id] = choice.id; next(); },
          { kind: "choice", action: "choice", id: choice.id, pressed: answers[question.id] === choice.id }))),
    ];
  };

  screens["quiz-review"] = async ({ id }) => {
    const course = await training(id);
    const answers = quizAnswers(id);
    const send = ui.button(t("quiz.send"), (button) => busy(button, async () => {
      try {
        const verdict = await call("POST", sessionPath(`/trainings/${encodeURIComponent(id)}/quiz`), { answers });
        truncate(S.trainingReturn ?? stackDepth());
        go("quiz-result", { id, verdict });
      } catch (error) { explain(error); }
    }), { kind: "primary", action: "send" });
    return [
      ui.step(stages(course), stages(course)),
      ui.title(t("quiz.reviewTitle")),
      h("p", { class: "lead", text: t("quiz.reviewLead") }),
      ui.actions(send), ui.error(),
      h("ol", { class: "review" }, course.quiz.questions.map((q, i) => {
        const choice = q.choices.find((c) => c.id === answers[q.id]);
        return h("li", {}, ui.button([h("span", { class: "review-q", text: q.text }),
          h("span", { class: "review-a", text: choice ? choice.label : t("diag.skipped") })],
        () => go("quiz", { id, i, edit: true }), { kind: "row", action: "edit", id: q.id }));
      })),
    ];
  };

  screens["quiz-result"] = async ({ id, verdict }) => {
    const course = await training(id);
    const { correct, total, passMark, passed } = verdict;
    return [
      ui.title(passed ? t("quiz.passed") : t("quiz.failed")),
      h("p", { class: "big", text: t("quiz.score", { n: correct, total }) }),
      h("p", { class: "lead", text: passed ? t("quiz.savedIn", { title: course.title }) : t("quiz.needed", { n: passMark }) }),
      ui.actions(
        passed ? null : ui.button(t("quiz.retry"), () => {
          S.quiz[id] = {};
          go("training", { id, i: 0 }, { replace: true });
        }, { kind: "primary", action: "retry" }),
        ui.button(t("home.trainings"), () => go("trainings"), { kind: passed ? "primary" : "secondary", action: "trainings" }),
        ui.button(t("home.passport"), () => go("passport"), { action: "passport" })),
    ];
  };
}
