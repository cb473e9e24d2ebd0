// The result chart: one bar per dimension, inline SVG at its container's pixel size (so its text
// follows the text-size mode); name, score and level in words: colour never carries meaning alone.
import { h } from "./dom.js";

let measurer;
function textWidth(text, px, bold) {
  measurer ??= document.createElement("canvas").getContext("2d");
  measurer.font = `${bold ? "bold " : ""}${px}px "DejaVu Sans", sans-serif`;
  return measurer.measureText(text).width;
}

export function scoreChart(dimensions, t, width, px) {
  width = Math.max(240, Math.floor(width));
  const line = Math.round(px * 1.35);
  const bar = Math.round(px * 1.3);
  const gap = Math.round(px * 0.8);
  const scoreWidth = Math.ceil(textWidth(t("result.outOf", { n: 100 }), px, true)) + Math.round(px * 0.6);
  const rows = [];
  const summary = [];
  let y = 0;
  for (const dim of dimensions) {
    const scored = typeof dim.score === "number";
    const level = scored && dim.level?.name ? dim.level.name : "";
    const fitsOnOneLine = textWidth(`${dim.name} · ${level}`, px, false) <= width;
    const lines = level && !fitsOnOneLine ? 2 : 1;
    const top = y;
    const items = [h("text", { x: 0, y: top + px, class: "c-name" }, dim.name, level && fitsOnOneLine
      ? h("tspan", { class: "c-level" }, ` · ${level}`) : null)];
    if (lines === 2) items.push(h("text", { x: 0, y: top + line + px, class: "c-level" }, level));
    const barTop = top + lines * line + Math.round(px * 0.2);
    const barWidth = width - scoreWidth;
    items.push(h("rect", { x: 0, y: barTop, width: barWidth, height: bar, rx: 6, class: "c-track" }));
    if (scored && dim.score > 0) {
      items.push(h("rect", { x: 0, y: barTop, width: Math.max(4, (barWidth * dim.score) / 100), height: bar, rx: 6, class: "c-fill" }));
    }
    for (const mark of [25, 50, 75]) {
      const x = Math.round((barWidth * mark) / 100);
      items.push(h("line", { x1: x, x2: x, y1: barTop, y2: barTop + bar, class: "c-mark" }));
    }
    const label = scored ? t("result.outOf", { n: dim.score }) : t("result.unscored");
    items.push(h("text", { x: width, y: barTop + Math.round(bar * 0.5 + px * 0.36), "text-anchor": "end", class: "c-score" }, label));
    rows.push(h("g", { class: scored ? "c-row" : "c-row unscored" }, items));
    summary.push(t("result.item", { name: dim.name, score: label, level: level ? `, ${level}` : "" }));
    y = barTop + bar + gap;
  }
  const height = Math.max(1, y - gap + 4);
  return h("svg", {
    class: "chart", viewBox: `0 0 ${width} ${height}`, width, height,
    role: "img", "aria-label": `${t("result.chartLabel")} — ${summary.join(" ; ")}`,
  }, rows);
}
