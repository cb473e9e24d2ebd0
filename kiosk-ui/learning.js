// Flash trainings: list, steps, quiz (one question per screen), review, verdict.
import { h } from "./dom.js";
import { t, tp, ui, go, back, state as S, content, sessionPath, busy, explain, stackDepth, truncate, passportOrNone } from "./shell.js";
import { call } from "./api.js";

const training = (id) => content(`training:${id}`, `/api/v1/trainings/${encodeURIComponent(id)}`);
const quizAnswers = (id) => ((S.quiz ??= {})[id] ??= {});
// One numbering for the whole training: its steps, then one quiz question per screen, then the review.
const stages = (course) => course.steps.length + course.quiz.questions.length + 1;
const minutes = (course) => t("train.minutes", { n: course.minutes ?? course.durationMinutes });
const open = (id) => { S.trainingReturn = stackDepth(); go("training", { id, i: 0 }); };

export default function register(screens) {
  screens.trainings = async () => {
    const [list, record] = await Promise.all([
      content("trainings", "/api/v1/trainings"),
      passportOrNone(),
    ]);
    const passed = new Set((record.trainings ?? []).map((item) => item.training));
    return [
      ui.title(t("train.title")),
      ui.lead(t("train.lead")),
      h("ul", { class: "list columns" }, list.map((item) => ui.row([ui.tile(item.title, item.summary),
        h("span", { class: "tile-text" }, minutes(item), passed.has(item.id) && h("span", { class: "badge", text: ` · ✓ ${t("train.passed")}` }))],
      () => open(item.id), "training", item.id))),
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
      ui.p(`${course.title} — ${minutes(course)}`, "eyebrow"),
      ui.title(step.title),
      ui.lead(step.text),
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
      ui.p(`${t("quiz.step", { n: i + 1, total: questions.length })} — ${course.title}`, "eyebrow"),
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
      ui.lead(t("quiz.reviewLead")),
      h("div", { class: "sticky" }, ui.actions(send), ui.error()),
      h("ol", { class: "review" }, course.quiz.questions.map((q, i) => ui.row(ui.qa(q.text,
        q.choices.find((c) => c.id === answers[q.id])?.label ?? t("diag.skipped")), () => go("quiz", { id, i, edit: true }), "edit", q.id))),
    ];
  };

  // The verdict, each wrong answer explained (the graded answers say why).
  screens["quiz-result"] = async ({ id, verdict }) => {
    const course = await training(id);
    const { correct, total, passMark, passed } = verdict;
    const explained = (verdict.answers ?? []).filter((a) => !a.correct && a.explanation)
      .map((a) => [course.quiz.questions.find((q) => q.id === a.question)?.text ?? "", a.explanation]);
    return [
      ui.title(passed ? t("quiz.passed") : t("quiz.failed")),
      ui.p(tp("quiz.score", correct, { total }), "big"),
      ui.lead(passed ? t("quiz.savedIn", { title: course.title }) : tp("quiz.needed", passMark)),
      explained.length > 0 && [h("h2", { text: t("quiz.why") }), ui.facts("facts", explained)],
      ui.actions(
        !passed && ui.button(t("quiz.retry"), () => {
          S.quiz[id] = {};
          go("training", { id, i: 0 }, { replace: true });
        }, { kind: "primary", action: "retry" }),
        ui.link("home.trainings", "trainings", passed ? "primary" : "secondary"), ui.link("home.passport", "passport")),
    ];
  };
}
