// The page builder's end: review, publishing, QR code, address, posters or ticket, take-down.
import { h } from "./dom.js";
import { t, ui, go, state as S, sessionPath, busy, explain, setError, confirm } from "./shell.js";
import { call } from "./api.js";
import { printThrough } from "./printing.js";
import { STEPS, STEP_OF, builderStep, loadOrLeave, flush, problemText, root } from "./shop.js";
import { weekday } from "./picker.js";

// Not required to publish, but a customer looks for them first.
const RECOMMENDED = ["trade", "phone", "hours"];

// "Téléphone", or the weekday of `hours[2]`.
function fieldName(field) {
  const day = root(field) === "hours" && S.shop.draft.hours?.[/\d+/.exec(field)?.[0]]?.day;
  return day ? weekday(day) : t(`shop.f.${root(field)}`);
}

function publish(button) {
  return busy(button, async () => {
    await flush();
    try {
      S.shop = { ...(await call("POST", sessionPath("/shop/publish"))), exists: true };
      go("shop-done");
    } catch (error) {
      if (error.code === "shop_incomplete") go("shop-review", { incomplete: true }, { replace: true });
      else explain(error);
    }
  });
}

const unpublish = () => ui.button(t("shop.unpublish"), () => confirm("unpublish", async () => {
  try {
    await call("DELETE", sessionPath("/shop/publish"));
    go("shop-review", { message: t("shop.unpublished") }, { replace: true });
  } catch (error) { explain(error); }
}), { action: "unpublish" });

function printing(button, status, work) {
  return busy(button, async () => {
    status.textContent = "";
    setError("screen-error", "");
    try { status.textContent = await work(); } catch (error) {
      if (error.code !== "session_ended") setError("screen-error", t("shop.printError"));
    }
  });
}

export default function register(screens) {
  // What to fix, then what is recommended and still missing; "Tout est prêt" only when neither.
  screens["shop-review"] = builderStep(STEPS.length - 1, (d, { message, incomplete }) => {
    const problems = S.shop.problems;
    const missing = RECOMMENDED.filter((name) => !(d[name]?.length) && !problems.some((p) => root(p.field) === name));
    const rows = (list, action) => h("ul", { class: "review" }, list.map(([field, text]) => ui.row(ui.qa(fieldName(field), text),
      () => go(STEPS[STEP_OF[root(field)]], { edit: true }), action, field)));
    return [message && ui.status(message), incomplete && h("p", { class: "error", role: "alert", text: t("shop.incomplete") }),
      problems.length > 0 && [h("h2", { text: t("shop.toFix") }), rows(problems.map((p) => [p.field, problemText(p)]), "fix")],
      missing.length > 0 && [h("h2", { text: t("shop.missing") }), rows(missing.map((name) => [name, t(`shop.m.${name}`)]), "complete")],
      !problems.length && !missing.length && ui.p(t(S.shop.published ? "shop.isPublished" : "shop.ready"), "status"),
      S.shop.published && ui.actions(unpublish())];
  }, { nextLabel: "shop.publish", action: "publish", next: publish });

  screens["shop-done"] = async () => {
    const shop = await loadOrLeave();
    if (!shop?.published) { if (shop) go("shop-review", {}, { replace: true }); return []; }
    const status = ui.status("", "print-status");
    // A loopback public address would print dead QR codes: printing waits for staff to set it.
    const demo = S.kiosk.publicAddress?.ready === false;
    return [ui.title(t("shop.doneTitle")), ui.lead(t("shop.doneLead")),
      h("img", { class: "qr big", src: shop.links.qr, alt: t("shop.qrAlt"), width: 240, height: 240 }),
      ui.p(shop.links.page, "page-url"),
      h("h2", { text: t("shop.printTitle") }), ui.p(t("shop.sizes"), "note"),
      ui.actions(["A4", "A5", "A6"].map((format) => ui.button(t("shop.poster", { format }),
        (button) => busy(button, () => printThrough("/shop/poster", { format }, status, { done: t("print.posterDone", { format }) })), { kind: format === "A4" ? "primary" : "secondary", action: "poster", id: format, disabled: demo })),
      S.kiosk.receiptPrinter && ui.button(t("shop.ticket"), (button) => printing(button, status,
        () => call("POST", sessionPath("/shop/receipt")).then(() => t("shop.ticketDone"))), { action: "ticket", disabled: demo })),
      demo && ui.p(t("demo.print"), "error"), status, ui.error(),
      ui.actions(ui.button(t("shop.edit"), () => go(STEPS[0]), { action: "edit" }), unpublish(),
        ui.button(t("common.home"), () => go("home", {}, { reset: [] }), { action: "home" }))];
  };
}
