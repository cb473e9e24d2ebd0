// Passport, consent at the moment of need, resume, call-back; personal values only in `S`, dropped once sent.
import { h, $ } from "./dom.js";
import { t, ui, go, back, state as S, content, sessionPath, busy, explain, setError, stackDepth, truncate, confirm, dateFormat, passport } from "./shell.js";
import { call } from "./api.js";
import { printThrough } from "./printing.js";

const TOPICS = ["website", "social", "online-sales", "payment", "invoicing", "security", "other"];
const TIMES = ["morning", "afternoon", "any"];
const privacy = () => content("privacy", "/api/v1/privacy");
const hasCallback = () => Boolean(S.consent?.purposes?.includes("callback"));

function date(at) {
  const value = new Date(at);
  return Number.isNaN(value.getTime()) ? at ?? "" : dateFormat({ dateStyle: "long" }, value);
}

function item(done, text) {
  return h("li", { class: done ? "is-done" : "is-todo" }, h("span", { class: "mark", "aria-hidden": "true", text: done ? "✓" : "○" }), h("span", { text }));
}
// "Votre affiche A4 du 3 décembre : 37 scans ce mois-ci", per printed poster.
const posterLine = (p) => item(true, t(`passport.scans.${p.scansThisMonth === 1 ? "one" : "other"}`, {
  what: p.format === "ticket" ? t("passport.ticket") : t("passport.posterOf", { format: p.format }),
  date: dateFormat({ day: "numeric", month: "long" }, new Date(p.printedAt)), n: p.scansThisMonth }));
const scansNote = (s) => s?.posters.length && ui.p(s.updatedAt
  ? t("passport.scansHub", { date: dateFormat({ dateStyle: "long", timeStyle: "short" }, new Date(s.updatedAt)) })
  : t("passport.scansKiosk"), "note");
// The hub refused the slug: the suggested one, taken in one tap (posters follow through their codes).
const slugNotice = (c) => c && h("div", { class: "code-box" }, ui.p(t("passport.slugTaken", c)),
  ui.button(t("passport.slugTake", c), (button) => busy(button, async () => {
    try {
      await call("POST", sessionPath("/shop/slug"), { slug: c.suggestion });
      go("passport", { message: t("passport.slugDone", { slug: c.suggestion }) }, { replace: true });
    } catch (error) { explain(error); }
  }), { kind: "primary", action: "take-slug" }));
// A passport line done on date `at`, else still to do.
const dated = (at, key) => item(Boolean(at), at ? t(`passport.${key}`, { date: date(at) }) : t(`passport.${key}Todo`));

// A field screen: one field, a Next button (also the keyboard's Valider key).
function fieldScreen({ step, total, title, lead, field, valid, onNext, nextLabel = t("common.next"), action = "next", extra }) {
  const next = ui.button(nextLabel, (button) => onNext(button, $(field.id)), { kind: "primary", action, disabled: !valid(field.value ?? "") });
  next.dataset.enter = "1";
  const input = ui.field({ ...field, next, oninput: (el) => { field.oninput?.(el); next.disabled = !valid(el.value); } });
  return [step && ui.step(step, total), ui.title(title), lead && ui.lead(lead), input, ui.error(), extra];
}

const digits = (value) => value.replace(/\D/g, "");
const validPin = (value) => /^\d{4,6}$/.test(value);
// A PIN screen's field and check; the digits typed are kept in `holder[key]`.
const pinField = (id, holder, key) => ({
  field: { id, label: t("pin.label"), hint: t("pin.hint"), layout: "pin", maxlength: 6, secret: true, value: holder[key],
    oninput: (el) => { el.value = digits(el.value); holder[key] = el.value; } },
  valid: validPin,
});
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

// The server's refusals in the visitor's language (structured fields, else read from its message).
function pinRefusal(error) {
  const left = error.details.attemptsLeft ?? /(\d+) attempt/.exec(error.message)?.[1];
  return left == null ? t("resume.wrongPin") : `${t("resume.wrongPin")} ${t("resume.left", { n: left })}`;
}
function lockRefusal(error) {
  const at = new Date(error.details.retryAt ?? /\d{4}-\d\d-\d\dT[\d:.]+Z/.exec(error.message)?.[0] ?? NaN);
  if (Number.isNaN(at.getTime())) return t("resume.locked");
  return t("resume.lockedUntil", { time: dateFormat({ hour: "2-digit", minute: "2-digit" }, at) });
}

// Consent for the purpose `need` before `then`; with a consent already given, that purpose is added with the PIN.
const AFTER = { advisor: "advisor-name", shop: "shop-name" };
export function startConsent(then, need) {
  const given = S.consent && !need;
  S.draft = { purposes: new Set(given ? S.consent.purposes : []), hub: Boolean(given && S.consent.hub), pin: "", pin2: "", then, need, ret: stackDepth() };
  go(S.consent ? "consent-add" : "consent");
}
const afterConsent = (draft) => go(AFTER[draft.then] ?? "passport", {}, { replace: true });

// A tick box: label, one sentence, unticked until touched.
const check = (label, description, checked, toggle, action, id) => ui.button(
  [h("span", { class: "box", "aria-hidden": "true" }), h("span", { class: "choice-text" }, ui.tile(label, description))],
  (button) => { button.setAttribute("aria-checked", String(toggle())); setError("screen-error", ""); },
  { kind: "check", checked, action, id });
const toggler = (set, id) => () => (set.has(id) ? (set.delete(id), false) : (set.add(id), true));

export default function register(screens) {
  screens.passport = async ({ message }) => {
    const record = await passport();
    const trainings = record.trainings ?? [];
    const d = record.diagnostic;
    return [
      ui.title(t("passport.title")),
      ui.lead(t("passport.lead")),
      message && ui.status(message),
      slugNotice(record.slugConflict),
      h("ul", { class: "passport" },
        d ? item(true, d.overall == null ? t("passport.diagDone", { date: date(d.at) })
          : t("passport.diag", { date: date(d.at), n: d.overall, level: d.level?.name ?? "" }).replace(/\s\(\)$/, ""))
          : item(false, t("passport.diagTodo")),
        trainings.length ? trainings.map((x) => item(true, t("passport.training", { title: x.title, date: date(x.at) })))
          : item(false, t("passport.trainingTodo")),
        dated(record.pagePublished, "page"),
        dated(record.posterPrinted, "poster"),
        (record.posterScans?.posters ?? []).map(posterLine),
        record.advisorRequested && dated(record.advisorRequested, "advisor")),
      scansNote(record.posterScans),
      record.resumeCode && h("div", { class: "code-box" }, ui.p(t("passport.code")), h("p", { class: "code", "data-personal": true, text: record.resumeCode })),
      h("img", { class: "qr", src: record.qrCode || null, alt: t("passport.qrAlt"), width: 160, height: 160, hidden: !record.qrCode }),
      ui.actions(
        record.resumeCode
          ? ui.button(t("passport.withdraw"), () => confirm("withdraw", async () => {
            try {
              await call("DELETE", sessionPath("/consent"));
              S.consent = null;
              S.resumeCode = null;
              go("passport", { message: t("withdraw.done") }, { replace: true });
            } catch (error) { explain(error); }
          }), { action: "withdraw" })
          : ui.button(t("passport.save"), () => startConsent("passport"), { action: "save" }),
        record.resumeCode && ui.button(t("passport.consents"), () => startConsent("passport"), { action: "consents" })),
      ui.error(),
    ];
  };

  // ---- consent: a plain summary, the one purpose the task needs, the full notice one tap away
  screens.consent = async () => {
    const notice = await privacy();
    const draft = S.draft;
    const offered = notice.purposes.filter((p) => !draft.need || p.id === draft.need);
    const next = ui.button(t("common.next"), () => {
      if (draft.need && !draft.purposes.has(draft.need)) { setError("screen-error", t(`consent.need.${draft.need}`)); return; }
      draft.noticeHash = notice.noticeHash;
      go("consent-pin");
    }, { kind: "primary", action: "next" });
    return [
      ui.step(1, 2),
      ui.title(t(draft.need ? `consent.ask.${draft.need}` : "consent.title")),
      ui.lead(notice.summary ?? (notice.paragraphs ?? []).join(" ")),
      h("div", { class: "checks", role: "group", "aria-labelledby": "screen-title" },
        offered.map((p) => check(p.label, p.description, draft.purposes.has(p.id), toggler(draft.purposes, p.id), "purpose", p.id))),
      h("div", { class: "checks", role: "group", "aria-label": t("consent.hubTitle") },
        check(notice.hub?.label ?? t("consent.hubYes"), notice.hub?.text ?? t("consent.hubText"), draft.hub, () => (draft.hub = !draft.hub), "hub")),
      ui.error(),
      ui.actions(next, ui.link("consent.more", "consent-notice", "secondary", "notice")),
    ];
  };

  screens["consent-notice"] = async () => {
    const notice = await privacy();
    return [
      ui.title(t("consent.noticeTitle")),
      (notice.paragraphs ?? []).map((text) => h("p", { text })),
      ui.facts("notice", [["controller", notice.controller], ["recipients", notice.recipients], ["retention", notice.retention],
        ["rights", notice.rights], notice.legalBasis && ["basis", notice.legalBasis], ["fields", notice.optionalFields ?? t("consent.fieldsText")]]
        .map((x) => x && [t(`consent.${x[0]}`), x[1]])),
      ui.facts("notice", notice.purposes.map((p) => [p.label, p.description])),
      ui.actions(ui.button(t("consent.read"), back, { kind: "primary", action: "read" })),
    ];
  };

  // The PIN, twice on one screen: Valider moves to the second field, then saves.
  screens["consent-pin"] = async () => {
    const notice = await privacy();
    const draft = S.draft;
    const send = ui.button(t("consent.send"), (button) => busy(button, async () => {
      if (draft.pin2 !== draft.pin) {
        draft.pin2 = "";
        $("pin2").value = "";
        setError($("pin2"), t("pin.mismatch"));
        return;
      }
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
        if (error.code !== "already_consented") { explain(error); return; }
        await passport();
        go("consent-add", {}, { replace: true });
      }
    }), { kind: "primary", action: "send", disabled: true });
    send.dataset.enter = "1";
    const ready = () => { send.disabled = !(validPin(draft.pin) && validPin(draft.pin2)); };
    const field = (id, label) => ui.field({ id, label: t(label), hint: t("pin.hint"), layout: "pin", maxlength: 6, secret: true, value: draft[id],
      then: id === "pin" ? "pin2" : null, oninput: (el) => { el.value = digits(el.value); draft[id] = el.value; ready(); } });
    return [ui.step(2, 2), ui.title(t("pin.title")), ui.lead(t("pin.lead")),
      field("pin", "pin.label"), field("pin2", "pin.again"), ui.error(), ui.actions(send)];
  };

  // A consent exists: add or change purposes with the PIN (PUT); nothing withdrawn to add one.
  screens["consent-add"] = async () => {
    const notice = await privacy();
    const draft = S.draft;
    const need = draft.need;
    const send = ui.button(t("consent.add"), (button, input = $("pin")) => busy(button, async () => {
      if (need && !draft.purposes.has(need)) { setError("screen-error", t(`consent.need.${need}`)); return; }
      try {
        const result = await call("PUT", sessionPath("/consent"), {
          purposes: need ? [...new Set([...(S.consent.purposes ?? []), need])] : [...draft.purposes],
          hub: need ? Boolean(S.consent.hub) : draft.hub, noticeHash: notice.noticeHash, pin: draft.pin,
        });
        S.consent = { purposes: result.purposes, hub: result.hub };
        S.draft = null;
        truncate(draft.ret);
        afterConsent(draft);
      } catch (error) {
        draft.pin = "";
        input.value = "";
        if (error.code === "wrong_pin") setError(input, pinRefusal(error));
        else if (error.code === "locked") setError(input, lockRefusal(error));
        else explain(error);
      }
    }), { kind: "primary", action: "send" });
    send.dataset.enter = "1";
    return [
      ui.title(t(need ? `consent.ask.${need}` : "consent.editTitle")),
      ui.lead(t(need ? "consent.keeps" : "consent.editLead")),
      h("div", { class: "checks" }, notice.purposes.filter((p) => !need || p.id === need).map((p) =>
        check(p.label, p.description, draft.purposes.has(p.id), toggler(draft.purposes, p.id), "purpose", p.id)),
      !need && check(notice.hub?.label ?? t("consent.hubYes"), notice.hub?.text ?? t("consent.hubText"), draft.hub, () => (draft.hub = !draft.hub), "hub")),
      ui.field({ id: "pin", label: t("pin.label"), hint: t("consent.pinConfirm"), layout: "pin", maxlength: 6, secret: true,
        oninput: (el) => { el.value = digits(el.value); draft.pin = el.value; } }),
      ui.error(), ui.actions(send, ui.link("consent.more", "consent-notice", "secondary", "notice")),
    ];
  };

  screens["consent-done"] = ({ code, then }) => {
    const status = ui.status("", "slip-status");
    return [
      ui.title(t("code.title")),
      h("p", { class: "code big-code", "data-personal": true, text: code }),
      ui.lead(t("code.note")),
      ui.p(t("code.pin")),
      ui.actions(
        ui.button(t("code.continue"), () => afterConsent({ then }), { kind: "primary", action: "continue" }),
        ui.button(t("code.print"), (button) => busy(button, () => printThrough("/resume-slip", {}, status, { done: t("print.slipDone") })), { action: "slip" })),
      status, ui.error(),
    ];
  };

  // ---- resume
  screens["resume-code"] = () => fieldScreen({
    step: 1, total: 2, title: t("resume.title"), lead: t("resume.lead"),
    field: { id: "code", label: t("resume.codeLabel"), hint: t("resume.codeHint"), layout: "code", maxlength: 9, personal: true, value: (S.resume ??= { code: "", pin: "" }).code,
      oninput: (el) => { el.value = formatCode(el.value); S.resume.code = el.value; } },
    valid: (value) => formatCode(value).length === 9,
    onNext: () => { S.resume.pin = ""; go("resume-pin"); },
  });

  screens["resume-pin"] = () => fieldScreen({
    step: 2, total: 2, title: t("resume.pinTitle"), lead: t("resume.pinLead"), nextLabel: t("resume.send"), action: "send",
    ...pinField("pin", S.resume, "pin"),
    onNext: (button, input) => busy(button, async () => {
      try {
        S.passport = await call("POST", sessionPath("/resume"), { code: S.resume.code, pin: S.resume.pin });
        S.resumeCode = S.passport.resumeCode ?? S.resume.code;
        S.consent = S.passport.consent ?? S.consent;
        S.resume = null;
        const shop = S.passport.shop ?? (await call("GET", sessionPath("/shop")).catch(() => null))?.draft;
        go(S.passport.slugConflict ? "passport" : "home", { welcome: shop?.name ?? "" }, { reset: [] });
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
  const request = () => (S.advisor ??= { name: "", phone: "", topic: null, preferredTime: null });
  screens["advisor-start"] = () => [
    ui.title(t("advisor.title")),
    ui.lead(t("advisor.lead")),
    ui.p(t("advisor.steps")),
    !hasCallback() && ui.p(t("advisor.consentFirst")),
    ui.actions(ui.button(t("advisor.begin"), () => {
      request();
      if (hasCallback()) go("advisor-name");
      else startConsent("advisor", "callback");
    }, { kind: "primary", action: "begin" })),
  ];

  const advisorStep = (render) => (params) => {
    if (!hasCallback()) { go("advisor-start", {}, { replace: true }); return []; }
    return render(params, request());
  };
  const after = (edit, next) => (edit ? back() : go(next));

  screens["advisor-name"] = advisorStep(({ edit }, a) => fieldScreen({
    step: 1, total: 5, title: t("advisor.nameTitle"),
    field: { id: "name", label: t("advisor.nameLabel"), hint: t("advisor.nameHint"), layout: "text", maxlength: 80, personal: true, value: a.name,
      oninput: (el) => { a.name = el.value; } },
    valid: (value) => value.trim().length > 0,
    onNext: () => after(edit, "advisor-phone"),
  }));

  screens["advisor-phone"] = advisorStep(({ edit }, a) => fieldScreen({
    step: 2, total: 5, title: t("advisor.phoneTitle"),
    field: { id: "phone", label: t("advisor.phoneLabel"), hint: t("advisor.phoneHint"), layout: "phone", maxlength: 20, personal: true, value: a.phone,
      oninput: (el) => { el.value = formatPhone(el.value); a.phone = el.value; } },
    valid: (value) => digits(value).length >= 10,
    onNext: (_, input) => {
      if (!validPhone(input.value)) { setError(input, t("advisor.phoneInvalid")); return; }
      after(edit, "advisor-topic");
    },
  }));

  const pick = (step, key, values, prefix, next) => advisorStep(({ edit }, a) => [
    ui.step(step, 5), ui.title(t(`advisor.${prefix}Title`)),
    h("div", { class: "choices", role: "group", "aria-labelledby": "screen-title" }, values.map((value) =>
      ui.button(t(`${prefix}.${value}`), () => { a[key] = value; after(edit, next); },
        { kind: "choice", action: key, id: value, pressed: a[key] === value }))),
  ]);
  screens["advisor-topic"] = pick(3, "topic", TOPICS, "topic", "advisor-time");
  screens["advisor-time"] = pick(4, "preferredTime", TIMES, "time", "advisor-review");

  screens["advisor-review"] = advisorStep((_, a) => {
    const row = (id, value, personal) => {
      const [q, answer] = ui.qa(t(`advisor.${id}Label`), value || t("advisor.missing"));
      if (personal && value) answer.dataset.personal = "";
      return ui.row([q, answer], () => go(`advisor-${id}`, { edit: true }), "edit", id);
    };
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
        if (error.code === "consent_required") startConsent("advisor", "callback");
        else explain(error);
      }
    }), { kind: "primary", action: "send" });
    return [
      ui.step(5, 5), ui.title(t("advisor.reviewTitle")), ui.lead(t("advisor.reviewLead")),
      h("ul", { class: "review compact" }, row("name", a.name, true), row("phone", a.phone, true),
        row("topic", a.topic && t(`topic.${a.topic}`)), row("time", a.preferredTime && t(`time.${a.preferredTime}`))),
      ui.error(), ui.actions(send),
    ];
  });

  screens["advisor-done"] = ({ when }) => [
    ui.title(t("advisor.doneTitle")),
    ui.lead(t("advisor.done", { when: t(`time.${when}`).toLowerCase() })),
    ui.actions(ui.button(t("common.home"), () => go("home", {}, { reset: [] }), { kind: "primary", action: "home" }), ui.link("home.passport", "passport")),
  ];
}
