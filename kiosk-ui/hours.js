// Opening hours in a few taps: which days, then one set of times for them, then any day that differs.
import { h } from "./dom.js";
import { t, ui, go, back, stackDepth, truncate } from "./shell.js";
import { hhmm, dayModel, dayIntervals, daySummary, weekday } from "./picker.js";

const DAYS = [1, 2, 3, 4, 5, 6, 7];
const RANGES = { weekdays: [1, 2, 3, 4, 5], tueSat: [2, 3, 4, 5, 6], monSat: [1, 2, 3, 4, 5, 6], all: DAYS };
const PRESETS = [[540, 1140, null], [540, 1140, [720, 840]], [480, 1110, [750, 870]]];
// The slots a time is chosen for, in the order the grid moves through them, with their range.
const SLOTS = [["opens", 300, 780], ["lunchFrom", 660, 960], ["lunchTo", 660, 1020], ["closes", 660, 1440]];
const same = (a, b) => a.open === b.open && a.opens === b.opens && a.closes === b.closes && String(a.lunch) === String(b.lunch);

// The times most open days share (the first open day's on a tie), 9:00–19:00 when none is open.
function common(hours) {
  const models = DAYS.map((day) => dayModel(hours, day)).filter((m) => m.open);
  const count = (m) => models.filter((x) => same(x, m)).length;
  return models.reduce((best, m) => (count(m) > count(best) ? m : best), models[0] ?? { open: true, opens: 540, closes: 1140, lunch: null });
}

const sorted = (list) => list.sort((a, b) => a.day - b.day || a.opens.localeCompare(b.opens));
const openDays = (hours) => DAYS.filter((day) => dayModel(hours, day).open);

// The draft's hours with `days` open (new ones on the common times) and the others closed.
function withDays(hours, days) {
  const shared = common(hours);
  return sorted(days.flatMap((day) => {
    const own = hours.filter((x) => x.day === day);
    return own.length ? own : dayIntervals(day, { ...shared, open: true });
  }));
}

// Days with the common times take `next`; a day set apart keeps its own.
function withTimes(hours, next) {
  const before = common(hours);
  return sorted(DAYS.flatMap((day) => {
    const model = dayModel(hours, day);
    return model.open && same(model, before) ? dayIntervals(day, { ...next, open: true }) : hours.filter((x) => x.day === day);
  }));
}

function chip(text, pressed, onclick, action, id) {
  return ui.button(text, onclick, { kind: "choice", cls: "chip", pressed, action, id });
}

// "Quels jours êtes-vous ouvert ?": a chip per weekday and the usual ranges.
export function daysEditor(draft, edit) {
  const hours = () => draft.hours ?? [];
  const set = (days) => { edit({ hours: withDays(hours(), days) }); refresh(); };
  const box = h("div", {});
  const refresh = () => {
    const open = openDays(hours());
    box.replaceChildren(
      h("div", { class: "chips", role: "group", "aria-label": t("hours.days") }, DAYS.map((day) => chip(weekday(day), open.includes(day),
        () => set(open.includes(day) ? open.filter((x) => x !== day) : [...open, day]), "day", day))),
      h("h2", { text: t("hours.ranges") }),
      h("div", { class: "chips", role: "group", "aria-label": t("hours.ranges") }, Object.entries(RANGES).map(([key, days]) =>
        chip(t(`hours.${key}`), String(open) === String(days), () => set(days), "range", key))));
  };
  refresh();
  return box;
}

// One set of times: presets, the four slots, a grid of times for the chosen slot; `store(model)`.
function timesPicker(start, store) {
  const model = { ...start, lunch: start.lunch && [...start.lunch] };
  let slot = "opens";
  const box = h("div", { class: "times" });
  const value = (key) => ({ opens: model.opens, closes: model.closes, lunchFrom: model.lunch?.[0], lunchTo: model.lunch?.[1] })[key];
  const put = (key, minutes) => {
    if (key === "opens" || key === "closes") model[key] = minutes;
    else model.lunch[key === "lunchFrom" ? 0 : 1] = minutes;
  };
  const slots = () => SLOTS.filter(([key]) => model.lunch || !key.startsWith("lunch"));
  const change = () => { store({ ...model, open: true }); draw(); };
  const draw = () => {
    const [, from, to] = SLOTS.find(([key]) => key === slot);
    const grid = [];
    for (let m = from; m <= to; m += 30) grid.push(m);
    box.replaceChildren(
      h("div", { class: "chips", role: "group", "aria-label": t("hours.presets") }, PRESETS.map(([opens, closes, lunch], i) =>
        chip(daySummary({ open: true, opens, closes, lunch }, t), model.opens === opens && model.closes === closes && String(model.lunch) === String(lunch),
          () => { Object.assign(model, { opens, closes, lunch: lunch && [...lunch] }); slot = "opens"; change(); }, "preset", i))),
      ui.button([h("span", { class: "box", "aria-hidden": "true" }), h("span", { text: t("shop.lunch") })], () => {
        model.lunch = model.lunch ? null : [720, 840];
        if (!model.lunch && slot.startsWith("lunch")) slot = "closes";
        change();
      }, { kind: "check", checked: Boolean(model.lunch), action: "lunch" }),
      h("div", { class: "slots", role: "group", "aria-label": t("hours.slots") }, slots().map(([key]) => {
        const button = ui.button([h("span", { class: "slot-name", text: t(`shop.${key}`) }), h("output", { id: key, class: "slot-time", text: hhmm(value(key)) })],
          () => { slot = key; draw(); }, { kind: "choice", cls: "slot", pressed: slot === key, action: "slot", id: key });
        return button;
      })),
      h("p", { class: "label", id: "grid-label", text: t("hours.pick", { slot: t(`shop.${slot}`) }) }),
      h("div", { class: "chips grid", role: "group", "aria-labelledby": "grid-label" }, grid.map((m) => chip(hhmm(m), value(slot) === m, () => {
        put(slot, m);
        const order = slots().map(([key]) => key);
        slot = order[Math.min(order.indexOf(slot) + 1, order.length - 1)];
        change();
      }, "time", hhmm(m)))),
      h("div", { class: "actions" }, [-15, 15].map((delta) => ui.button(t(delta < 0 ? "hours.earlier" : "hours.later"), () => {
        put(slot, Math.min(1440, Math.max(0, value(slot) + delta)));
        change();
      }, { action: "nudge", id: delta }))));
  };
  draw();
  return box;
}

// The times of the open days, and the days whose hours differ (a tap opens that day alone).
export function timesEditor(draft, edit) {
  const hours = () => draft.hours ?? [];
  const open = openDays(hours());
  if (!open.length) return [ui.p(t("hours.noDay"), "error"), ui.actions(ui.button(t("hours.chooseDays"), back, { action: "days" }))];
  const rows = h("ul", { class: "review compact" });
  const list = () => rows.replaceChildren(...openDays(hours()).map((day) => ui.row(ui.qa(weekday(day), daySummary(dayModel(hours(), day), t)),
    () => go("shop-day", { day }), "day", day)));
  list();
  return [ui.p(t("hours.forDays", { days: open.map(weekday).join(", ") }), "note"),
    timesPicker(common(hours()), (model) => { edit({ hours: withTimes(hours(), model) }); list(); }),
    h("h2", { text: t("hours.exceptions") }), rows];
}

// One weekday on its own: open or closed, and its times.
export function dayEditor(draft, edit, { day }) {
  const store = (model) => edit({ hours: sorted([...(draft.hours ?? []).filter((x) => x.day !== day), ...dayIntervals(day, model)]) });
  const start = dayModel(draft.hours ?? [], day);
  const times = h("div", { hidden: !start.open }, timesPicker(start.open ? start : common(draft.hours ?? []), store));
  const toggle = ui.button([h("span", { class: "box", "aria-hidden": "true" }), h("span", { text: t("shop.open") })], (button) => {
    const on = button.getAttribute("aria-checked") !== "true";
    button.setAttribute("aria-checked", String(on));
    times.hidden = !on;
    store(on ? { ...common(draft.hours ?? []), open: true } : { open: false });
  }, { kind: "check", checked: start.open, action: "open" });
  return [ui.error(`day${day}`), toggle, times];
}

// Back from the times to the step before the days (or the review that opened them).
export function leaveTimes(params, nextStep) {
  if (!params.edit) { go(nextStep); return; }
  truncate(stackDepth() - 1);
  back();
}

