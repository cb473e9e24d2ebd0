// Result chart: SVG at the container's pixel size (text follows the size mode); name and score in words.
import { h } from "./dom.js";

let measurer;
function textWidth(text, px) {
  measurer ??= document.createElement("canvas").getContext("2d");
  measurer.font = `bold ${px}px "DejaVu Sans", sans-serif`;
  return measurer.measureText(text).width;
}

export function scoreChart(dimensions, t, width, px) {
  width = Math.max(240, Math.floor(width));
  const line = Math.round(px * 1.35);
  const bar = Math.round(px * 1.3);
  const gap = Math.round(px * 0.8);
  const scoreWidth = Math.ceil(textWidth(t("result.outOf", { n: 100 }), px)) + Math.round(px * 0.6);
  const barWidth = width - scoreWidth;
  const rows = [];
  const summary = [];
  let y = 0;
  for (const dim of dimensions) {
    const scored = typeof dim.score === "number";
    const barTop = y + line + Math.round(px * 0.2);
    const label = scored ? t("result.outOf", { n: dim.score }) : t("result.unscored");
    rows.push(h("g", { class: scored ? "c-row" : "c-row unscored" },
      h("text", { x: 0, y: y + px, class: "c-name" }, dim.name),
      h("rect", { x: 0, y: barTop, width: barWidth, height: bar, rx: 6, class: "c-track" }),
      scored && dim.score > 0 && h("rect", { x: 0, y: barTop, width: Math.max(4, (barWidth * dim.score) / 100), height: bar, rx: 6, class: "c-fill" }),
      h("text", { x: width, y: barTop + Math.round(bar * 0.5 + px * 0.36), "text-anchor": "end", class: "c-score" }, label)));
    summary.push(t("result.item", { name: dim.name, score: label }));
    y = barTop + bar + gap;
  }
  const height = Math.max(1, y - gap + 4);
  return h("svg", {
    class: "chart", viewBox: `0 0 ${width} ${height}`, width, height,
    role: "img", "aria-label": `${t("result.chartLabel")} — ${summary.join(" ; ")}`,
  }, rows);
}
