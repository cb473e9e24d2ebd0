// Touch pickers (big buttons, no tiny native inputs); times in minutes since midnight, dates ISO in UTC.
import { h } from "./dom.js";
import { ui, dateFormat } from "./shell.js";

const pad = (n) => String(n).padStart(2, "0");
export const hhmm = (m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
const minutes = (text) => { const [hh, mm] = text.split(":").map(Number); return hh * 60 + (mm || 0); };
const format = (options, date) => dateFormat({ ...options, timeZone: "UTC" }, date);

// "Lundi" … "Dimanche" for ISO weekdays 1…7 (1 January 2024 was a Monday).
export function weekday(day) {
  const name = format({ weekday: "long" }, Date.UTC(2024, 0, day));
  return name[0].toUpperCase() + name.slice(1);
}

export const dateText = (iso, short) => format(short ? { dateStyle: "medium" } : { dateStyle: "full" }, new Date(`${iso}T00:00Z`));

export const today = () => { const d = new Date(); return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; };

// By days, or months keeping the day if it exists (31 January + 1 month = end of February).
function shiftDate(iso, days, months) {
  const d = new Date(`${iso}T00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(Math.min(day, new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()) + days);
  return d.toISOString().slice(0, 10);
}

// An announced value over − / + buttons (`moves`: { key, text, apply }); `group.set(v)` skips `onchange`.
export function stepper({ id, label, value, show, moves, onchange }) {
  const out = h("output", { id, class: "stepper-value", "aria-live": "polite", text: show(value) });
  const set = (next) => { value = next; out.textContent = show(value); };
  const group = h("div", { class: "stepper", role: "group", "aria-labelledby": `${id}-label` },
    h("p", { id: `${id}-label`, class: "label" }, `${label} `, out),
    h("div", { class: "stepper-row" }, moves.map((move) => {
      const button = ui.button(move.text, () => { set(move.apply(value)); onchange(value); }, { cls: "step-btn", action: id, id: move.key });
      button.setAttribute("aria-label", `${label}, ${move.text}`);
      return button;
    })),
    ui.error(id));
  group.set = set;
  return group;
}

export const dateMoves = (t) => [[0, -1, "prevMonth"], [-1, 0, "prevDay"], [1, 0, "nextDay"], [0, 1, "nextMonth"]]
  .map(([days, months, key]) => ({ key: `${days}d${months}m`, text: t(`shop.${key}`), apply: (iso) => shiftDate(iso, days, months) }));

// A weekday from the draft's intervals: open or not, opens, closes, an optional lunch break.
export function dayModel(hours, day) {
  const mine = hours.filter((x) => x.day === day).sort((a, b) => minutes(a.opens) - minutes(b.opens));
  if (!mine.length) return { open: false, opens: 540, closes: 1140, lunch: null };
  const [first, last] = [mine[0], mine.at(-1)];
  return { open: true, opens: minutes(first.opens), closes: minutes(last.closes),
    lunch: mine.length > 1 ? [minutes(first.closes), minutes(last.opens)] : null };
}

export function dayIntervals(day, { open, opens, closes, lunch }) {
  const cut = lunch ? [[opens, lunch[0]], [lunch[1], closes]] : [[opens, closes]];
  return open ? cut.map(([a, b]) => ({ day, opens: hhmm(a), closes: hhmm(b) })) : [];
}

export function daySummary({ open, opens, closes, lunch }, t) {
  const range = (a, b) => `${hhmm(a)} – ${hhmm(b)}`;
  return !open ? t("shop.closed") : lunch ? `${range(opens, lunch[0])}, ${range(lunch[1], closes)}` : range(opens, closes);
}
