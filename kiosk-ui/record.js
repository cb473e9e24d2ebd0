// The owner's record: passport (printable), consent (notice + separate unticked choices + PIN),
// resume with code + PIN, and the advisor call-back request. Personal values live only in `S`
// (memory) while the screens need them, and are dropped once sent.
import { h, $ } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, busy, explain, setError, stackDepth, truncate, confirm } from "./app.js";
import { call } from "./api.js";
import { passport } from "./diagnostic.js";

const TOPICS = ["website", "social", "online-sales", "payment", "invoicing", "security", "other"];
const TIMES = ["morning", "afternoon", "any"];
const privacy = () => content("privacy", "/api/v1/privacy");
const hasCallback = () => Boolean(S.consent?.purposes?.includes("callback"));

function date(at) {
  const value = new Date(at);
  if (Number.isNaN(value.getTime())) return at ?? "";
  return new Intl.DateTimeFormat(S.lang === "fr" ? "fr-FR" : "en-GB", { dateStyle: "long" }).format(value);
}

function item(done, text) {
  return h("li", { class: done ? "is-done" : "is-todo" }, h("span", { class: "mark", "aria-hidden": "true", text: done ? "✓" : "○" }), h("span", { text }));
}

// A field screen: one field, a Next button (also the keyboard's Valider key).
function fieldScreen({ step, total, title, lead, field, valid, onNext, nextLabel = t("common.next"), action = "next", extra }) {
  const next = ui.button(nextLabel, (button) => onNext(button, $(field.id)), { kind: "primary", action, disabled: !valid(field.value ?? "") });
  next.dataset.enter = "1";
  const input = ui.field({ ...field, next, oninput: (el) => { field.oninput?.(el); next.disabled = !valid(el.value); } });
  return [step ? ui.step(step, total) : null, ui.title(title), lead ? h("p", { class: "lead", text: lead }) : null,
    input, ui.error(), extra ?? null];
}

const digits = (value) => value.replace(/\D/g, "");
const validPin = (value) => /^\d{4,6}$/.test(value);
const phoneDigits = (value) => value.replace(/[\s.-]/g, "");
const validPhone = (value) => /^(0[1-9]\d{8}|\+33[1-9]\d{8})$/.test(phoneDigits(value));
export function formatPhone(value) {
  const raw = digits(value);
  if (!value.trim().startsWith("+")) return (raw.match(/\d{1,2}/g) ?? []).join(" ");
  return [`+${raw.slice(0, 2)}`, raw.slice(2, 3), ...(raw.slice(3).match(/\d{1,2}/g) ?? [])].filter(Boolean).join(" ");
}
function formatCode(value) {
  const raw = value.toUpperCase().replace(/[^A-Z0-9]/g, "").slice(0, 8);
  return raw.length > 4 ? `${raw.slice(0, 4)}-${raw.slice(4)}` : raw;
}

// The server's refusals, worded here in the visitor's language: attempts left, time to retry
// (structured fields when the server sends them, else read from its message).
function pinRefusal(error) {
  const left = error.details.attemptsLeft ?? /(\d+) attempt/.exec(error.message)?.[1];
  return left == null ? t("resume.wrongPin") : `${t("resume.wrongPin")} ${t("resume.left", { n: left })}`;
}
function lockRefusal(error) {
  const at = new Date(error.details.retryAt ?? /\d{4}-\d\d-\d\dT[\d:.]+Z/.exec(error.message)?.[0] ?? NaN);
  if (Number.isNaN(at.getTime())) return t("resume.locked");
  const time = new Intl.DateTimeFormat(S.lang === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit" }).format(at);
  return t("resume.lockedUntil", { time });
}

// Starts the consent flow; `then` is where to go once the resume code is shown (a screen name
// from AFTER, else the passport), `need` a purpose it cannot do without.
const AFTER = { advisor: "advisor-name", shop: "shop-name" };
const NEED = { callback: "consent.needCallback", publish: "consent.needPublish" };
export function startConsent(then, need) {
  S.draft = { purposes: new Set(), hub: false, pin: "", pin2: "", then, need, ret: stackDepth() };
  go("consent");
}

export default function register(screens) {
  screens.passport = async ({ message }) => {
    const record = await passport();
    const trainings = record.trainings ?? [];
    const d = record.diagnostic;
    const qr = record.qrCode
      ? h("img", { class: "qr", src: record.qrCode, alt: t("passport.qrAlt"), width: 160, height: 160 })
      : h("img", { class: "qr", alt: t("passport.qrAlt"), hidden: true });
    return [
      h("p", { class: "print-only", text: t("passport.printedBy", { date: date(new Date()) }) }),
      ui.title(t("passport.title")),
      h("p", { class: "lead", text: t("passport.lead") }),
      message ? ui.status(message) : null,
      h("ul", { class: "passport" },
        d ? item(true, d.overall == null ? t("passport.diagDone", { date: date(d.at) })
          : t("passport.diag", { date: date(d.at), n: d.overall, level: d.level?.name ?? "" }).replace(/\s\(\)$/, ""))
          : item(false, t("passport.diagTodo")),
        trainings.length ? trainings.map((x) => item(true, t("passport.training", { title: x.title, date: date(x.at) })))
          : item(false, t("passport.trainingTodo")),
        item(Boolean(record.pagePublished), record.pagePublished ? t("passport.page", { date: date(record.pagePublished) }) : t("passport.pageTodo")),
        item(Boolean(record.posterPrinted), record.posterPrinted ? t("passport.poster", { date: date(record.posterPrinted) }) : t("passport.posterTodo")),
        record.advisorRequested ? item(true, t("passport.advisor", { date: date(record.advisorRequested) })) : null),
      record.resumeCode ? h("div", { class: "code-box" }, h("p", { text: t("passport.code") }),
        h("p", { class: "code", text: record.resumeCode })) : null,
      qr,
      ui.actions(
        ui.button(t("passport.print"), () => window.print(), { kind: "primary", action: "print" }),
        record.resumeCode
          ? ui.button(t("passport.withdraw"), () => confirm({
            title: t("withdraw.title"), text: t("withdraw.text"), yes: t("withdraw.yes"), no: t("withdraw.no"),
          }, async () => {
            try {
              await call("DELETE", sessionPath("/consent"));
              S.consent = null;
              S.resumeCode = null;
              go("passport", { message: t("withdraw.done") }, { replace: true });
            } catch (error) { explain(error); }
          }), { action: "withdraw" })
          : ui.button(t("passport.save"), () => startConsent("passport"), { action: "save" })),
      ui.error(),
    ];
  };

  // ---- consent
  screens.consent = async () => {
    const notice = await privacy();
    const draft = S.draft;
    const choice = (label, description, checked, toggle, action, id) => ui.button(
      [h("span", { class: "box", "aria-hidden": "true" }), h("span", { class: "choice-text" },
        h("span", { class: "tile-title", text: label }), description ? h("span", { class: "tile-text", text: description }) : null)],
      (button) => {
        const on = toggle();
        button.setAttribute("aria-checked", String(on));
        setError("screen-error", "");
      }, { kind: "check", checked, action, id });
    const next = ui.button(t("common.next"), () => {
      if (draft.need && !draft.purposes.has(draft.need)) {
        setError("screen-error", t(NEED[draft.need]));
        return;
      }
      draft.noticeHash = notice.noticeHash;
      go("consent-pin");
    }, { kind: "primary", action: "next" });
    return [
      ui.step(1, 4),
      ui.title(t("consent.title")),
      (notice.paragraphs ?? []).map((text) => h("p", { text })),
      h("dl", { class: "notice" },
        h("dt", { text: t("consent.controller") }), h("dd", { text: notice.controller }),
        h("dt", { text: t("consent.recipients") }), h("dd", { text: notice.recipients }),
        h("dt", { text: t("consent.retention") }), h("dd", { text: notice.retention }),
        h("dt", { text: t("consent.rights") }), h("dd", { text: notice.rights }),
        notice.legalBasis ? [h("dt", { text: t("consent.basis") }), h("dd", { text: notice.legalBasis })] : null,
        h("dt", { text: t("consent.fields") }), h("dd", { text: notice.optionalFields ?? t("consent.fieldsText") })),
      h("h2", { id: "purposes-title", text: t("consent.choose") }),
      h("p", { class: "note", text: t("consent.unticked") }),
      h("div", { class: "checks", role: "group", "aria-labelledby": "purposes-title" }, notice.purposes.map((p) => choice(p.label, p.description,
        draft.purposes.has(p.id), () => (draft.purposes.has(p.id) ? (draft.purposes.delete(p.id), false) : (draft.purposes.add(p.id), true)),
        "purpose", p.id))),
      h("h2", { id: "hub-title", text: t("consent.hubTitle") }),
      h("p", { text: t("consent.hubText") }),
      h("div", { class: "checks", role: "group", "aria-labelledby": "hub-title" },
        choice(t("consent.hubYes"), null, draft.hub, () => (draft.hub = !draft.hub), "hub")),
      ui.error(),
      ui.actions(next),
    ];
  };

  screens["consent-pin"] = () => fieldScreen({
    step: 2, total: 4, title: t("pin.title"), lead: t("pin.lead"),
    field: { id: "pin", label: t("pin.label"), hint: t("pin.hint"), layout: "pin", maxlength: 6, secret: true, value: S.draft.pin,
      oninput: (el) => { el.value = digits(el.value); S.draft.pin = el.value; } },
    valid: validPin,
    onNext: () => { S.draft.pin2 = ""; go("consent-pin2"); },
  });

  screens["consent-pin2"] = () => fieldScreen({
    step: 3, total: 4, title: t("pin.again"), lead: t("pin.againLead"),
    field: { id: "pin2", label: t("pin.label"), hint: t("pin.hint"), layout: "pin", maxlength: 6, secret: true, value: S.draft.pin2,
      oninput: (el) => { el.value = digits(el.value); S.draft.pin2 = el.value; } },
    valid: validPin,
    onNext: (_, input) => {
      if (S.draft.pin2 !== S.draft.pin) {
        S.draft.pin2 = "";
        input.value = "";
        input.dispatchEvent(new Event("input"));
        setError(input, t("pin.mismatch"));
        return;
      }
      go("consent-review");
    },
  });

  screens["consent-review"] = async () => {
    const notice = await privacy();
    const draft = S.draft;
    const yesNo = (on) => (on ? t("common.yes") : t("common.no"));
    const send = ui.button(t("consent.send"), (button) => busy(button, async () => {
      try {
        const result = await call("POST", sessionPath("/consent"), {
          purposes: notice.purposes.map((p) => p.id).filter((id) => draft.purposes.has(id)),
          hub: draft.hub, noticeHash: draft.noticeHash ?? notice.noticeHash, pin: draft.pin,
        });
        S.consent = { purposes: result.purposes, hub: result.hub };
        S.resumeCode = result.resumeCode;
        S.draft = null; // the PIN is not kept
        truncate(draft.ret);
        go("consent-done", { code: result.resumeCode, then: draft.then });
      } catch (error) {
        if (error.code === "already_consented") setError("screen-error", t("consent.already"));
        else explain(error);
      }
    }), { kind: "primary", action: "send" });
    return [
      ui.step(4, 4),
      ui.title(t("consent.reviewTitle")),
      h("dl", { class: "facts" },
        notice.purposes.map((p) => [h("dt", { text: p.label }), h("dd", { text: yesNo(draft.purposes.has(p.id)) })]),
        h("dt", { text: t("consent.hubTitle") }), h("dd", { text: yesNo(draft.hub) }),
        h("dt", { text: t("pin.label") }), h("dd", { text: t("consent.pinChosen", { n: draft.pin.length }) })),
      ui.actions(send, ui.button(t("consent.change"), () => { truncate(draft.ret + 1); go("consent", {}, { replace: true }); }, { action: "change" })),
      ui.error(),
    ];
  };

  screens["consent-done"] = ({ code, then }) => [
    ui.title(t("code.title")),
    h("p", { class: "code big-code", text: code }),
    h("p", { class: "lead", text: t("code.note") }),
    h("p", { text: t("code.pin") }),
    ui.actions(ui.button(t("code.continue"), () => go(AFTER[then] ?? "passport", {}, { replace: true }),
      { kind: "primary", action: "continue" })),
  ];

  // ---- resume
  screens["resume-code"] = () => fieldScreen({
    step: 1, total: 2, title: t("resume.title"), lead: t("resume.lead"),
    field: { id: "code", label: t("resume.codeLabel"), hint: t("resume.codeHint"), layout: "code", maxlength: 9, value: (S.resume ??= { code: "", pin: "" }).code,
      oninput: (el) => { el.value = formatCode(el.value); S.resume.code = el.value; } },
    valid: (value) => formatCode(value).length === 9,
    onNext: () => { S.resume.pin = ""; go("resume-pin"); },
  });

  screens["resume-pin"] = () => fieldScreen({
    step: 2, total: 2, title: t("resume.pinTitle"), lead: t("resume.pinLead"), nextLabel: t("resume.send"), action: "send",
    field: { id: "pin", label: t("pin.label"), hint: t("pin.hint"), layout: "pin", maxlength: 6, secret: true, value: S.resume.pin,
      oninput: (el) => { el.value = digits(el.value); S.resume.pin = el.value; } },
    valid: validPin,
    onNext: (button, input) => busy(button, async () => {
      try {
        S.passport = await call("POST", sessionPath("/resume"), { code: S.resume.code, pin: S.resume.pin });
        S.resumeCode = S.passport.resumeCode ?? S.resume.code;
        S.resume = null;
        go("passport", {}, { reset: ["home"] });
      } catch (error) {
        S.resume.pin = "";
        input.value = "";
        button.disabled = true;
        if (error.code === "wrong_pin") setError(input, pinRefusal(error));
        else if (error.code === "locked") setError(input, lockRefusal(error));
        else explain(error);
        input.setAttribute("aria-invalid", "true");
        $("pin-error").dataset.code = error.code;
      }
    }),
  });

  // ---- advisor call-back
  screens["advisor-start"] = () => [
    ui.title(t("advisor.title")),
    h("p", { class: "lead", text: t("advisor.lead") }),
    h("p", { text: t("advisor.steps") }),
    hasCallback() ? null : h("p", { text: t("advisor.consentFirst") }),
    ui.actions(ui.button(t("advisor.begin"), () => {
      S.advisor ??= { name: "", phone: "", topic: null, preferredTime: null };
      if (hasCallback()) go("advisor-name");
      else startConsent("advisor", "callback");
    }, { kind: "primary", action: "begin" })),
  ];

  const advisorStep = (render) => (params) => {
    if (!hasCallback()) { go("advisor-start", {}, { replace: true }); return []; }
    S.advisor ??= { name: "", phone: "", topic: null, preferredTime: null };
    return render(params, S.advisor);
  };
  const after = (edit, next) => (edit ? back() : go(next));

  screens["advisor-name"] = advisorStep(({ edit }, a) => fieldScreen({
    step: 1, total: 5, title: t("advisor.nameTitle"),
    field: { id: "name", label: t("advisor.nameLabel"), hint: t("advisor.nameHint"), layout: "text", maxlength: 80, value: a.name,
      oninput: (el) => { a.name = el.value; } },
    valid: (value) => value.trim().length > 0,
    onNext: () => after(edit, "advisor-phone"),
  }));

  screens["advisor-phone"] = advisorStep(({ edit }, a) => fieldScreen({
    step: 2, total: 5, title: t("advisor.phoneTitle"),
    field: { id: "phone", label: t("advisor.phoneLabel"), hint: t("advisor.phoneHint"), layout: "phone", maxlength: 20, value: a.phone,
      oninput: (el) => { el.value = formatPhone(el.value); a.phone = el.value; } },
    valid: (value) => digits(value).length >= 10,
    onNext: (_, input) => {
      if (!validPhone(input.value)) { setError(input, t("advisor.phoneInvalid")); return; }
      after(edit, "advisor-topic");
    },
  }));

  const pick = (step, key, values, title, prefix, next) => advisorStep(({ edit }, a) => [
    ui.step(step, 5), ui.title(title),
    h("div", { class: "choices", role: "group", "aria-labelledby": "screen-title" }, values.map((value) =>
      ui.button(t(`${prefix}.${value}`), () => { a[key] = value; after(edit, next); },
        { kind: "choice", action: key, id: value, pressed: a[key] === value }))),
  ]);
  // Titles depend on the language: rebuild them at render time.
  screens["advisor-topic"] = (p) => pick(3, "topic", TOPICS, t("advisor.topicTitle"), "topic", "advisor-time")(p);
  screens["advisor-time"] = (p) => pick(4, "preferredTime", TIMES, t("advisor.timeTitle"), "time", "advisor-review")(p);

  screens["advisor-review"] = advisorStep((_, a) => {
    const row = (label, value, screen, id) => h("li", {}, ui.button([h("span", { class: "review-q", text: label }),
      h("span", { class: "review-a", text: value || t("advisor.missing") })], () => go(screen, { edit: true }), { kind: "row", action: "edit", id }));
    const send = ui.button(t("advisor.send"), (button) => busy(button, async () => {
      if (!a.name.trim() || !validPhone(a.phone) || !a.topic || !a.preferredTime) { setError("screen-error", t("advisor.incomplete")); return; }
      try {
        await call("POST", sessionPath("/advisor-request"), {
          name: a.name.trim(), phone: phoneDigits(a.phone), topic: a.topic, preferredTime: a.preferredTime,
        });
        const when = a.preferredTime;
        S.advisor = null; // sent: nothing personal kept on screen or in memory
        go("advisor-done", { when }, { reset: ["home"] });
      } catch (error) {
        if (error.code === "consent_required") { S.consent = null; setError("screen-error", t("advisor.consentLost")); }
        else explain(error);
      }
    }), { kind: "primary", action: "send" });
    return [
      ui.step(5, 5), ui.title(t("advisor.reviewTitle")), h("p", { class: "lead", text: t("advisor.reviewLead") }),
      h("ul", { class: "review compact" },
        row(t("advisor.nameLabel"), a.name, "advisor-name", "name"),
        row(t("advisor.phoneLabel"), a.phone, "advisor-phone", "phone"),
        row(t("advisor.topicLabel"), a.topic && t(`topic.${a.topic}`), "advisor-topic", "topic"),
        row(t("advisor.timeLabel"), a.preferredTime && t(`time.${a.preferredTime}`), "advisor-time", "time")),
      ui.error(), ui.actions(send),
    ];
  });

  screens["advisor-done"] = ({ when }) => [
    ui.title(t("advisor.doneTitle")),
    h("p", { class: "lead", text: t("advisor.done", { when: t(`time.${when}`).toLowerCase() }) }),
    ui.actions(ui.button(t("common.home"), () => go("home", {}, { reset: [] }), { kind: "primary", action: "home" }),
      ui.button(t("home.passport"), () => go("passport"), { action: "passport" })),
  ];
}
