// The sentencing gauge: a PNG picture of the ranges the article cites (a years
// axis, the standard band, the especially-severe band that runs on to life)
// with a term marked on it. Built as an SVG string and rasterised by resvg (a
// maintained Rust renderer whose npm package ships prebuilt binaries), with the
// DejaVu Sans font file from npm, so it draws the same on any machine, with or
// without system fonts. The band numbers come from data/law.json, never from here.
import { createRequire } from "node:module";
import type { Law } from "../data/dataset.js";
import { BoundedMap } from "../util/bounded.js";

/** A prison term in whole months, or life (the same shape as the answer core's Term). */
export type GaugeTerm = { life: false; months: number } | { life: true };

export interface GaugeMark {
  term: GaugeTerm;
  /** who the term is for, e.g. "Qi"; the label reads "Qi: 2 y 3 m" */
  who?: string;
}

/** Drawn size in pixels: wide and short, as Discord shows an embed image across the embed. */
export const GAUGE_WIDTH = 960;
export const GAUGE_HEIGHT = 246;

const FONT = "DejaVu Sans";

// resvg is a native addon (a 3 MB shared library, about 30 ms to load): it
// loads with the first picture drawn, not with the bot, which needs no picture
// to connect and may never draw one (most commands carry none).
type ResvgModule = typeof import("@resvg/resvg-js");
let renderer: { Resvg: ResvgModule["Resvg"]; fontFiles: string[] } | undefined;
function loadRenderer(): NonNullable<typeof renderer> {
  if (renderer) return renderer;
  const require = createRequire(import.meta.url);
  const { Resvg } = require("@resvg/resvg-js") as ResvgModule;
  const fontFiles = [require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"), require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")];
  return (renderer = { Resvg, fontFiles });
}

const C = {
  card: "#1e1f22",
  axis: "#b5bac1",
  tick: "#949ba4",
  text: "#dbdee1",
  standard: "#3b6ea5",
  severe: "#7a3b8f",
  mark: "#f0b232",
} as const;

const PAD_X = 48;
const AXIS_Y = 160;
const BAND_TOP = 90;
const LIFE_GAP = 96; // room at the right end of the axis for "life", past the last year

/** "2 y 3 m", "7 y", "5 m", "life": short enough to sit on a picture. */
export function shortTerm(term: GaugeTerm): string {
  if (term.life) return "life";
  const y = Math.floor(term.months / 12);
  const m = term.months % 12;
  return [y ? `${y} y` : "", m ? `${m} m` : ""].filter(Boolean).join(" ") || "0 m";
}

/** The label of a mark: "Qi: 2 y 3 m", or the term alone. */
export function markLabel(mark: GaugeMark): string {
  return mark.who ? `${mark.who}: ${shortTerm(mark.term)}` : shortTerm(mark.term);
}

/** A file name Discord accepts (letters, digits, dashes) that differs per term and person. */
export function gaugeFileName(mark?: GaugeMark): string {
  if (!mark) return "gauge-ranges.png";
  const who = (mark.who ?? "term").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "term";
  return `gauge-${who}-${mark.term.life ? "life" : `${mark.term.months}m`}.png`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A step between labelled ticks that keeps their number small. */
function tickStep(maxYears: number): number {
  for (const step of [1, 2, 5, 10, 20, 25, 50, 100]) if (maxYears / step <= 15) return step;
  return 200;
}

/** "5–10 years", "more than 10 years or life": the band's own label, from its range. */
function bandLabel(p: Law["provisions"][number]): string {
  const y = (m: number) => (m % 12 === 0 ? `${m / 12}` : `${(m / 12).toFixed(1)}`);
  if (p.range.maxMonths === null) return `more than ${y(p.range.minMonths)} years${p.range.life ? " or life" : ""}`;
  return `${y(p.range.minMonths)}–${y(p.range.maxMonths)} years`;
}

/** "5–10", ">10": for a band too narrow for its full label. */
function shortBandLabel(p: Law["provisions"][number]): string {
  const y = (m: number) => `${Math.round((m / 12) * 10) / 10}`;
  return p.range.maxMonths === null ? `>${y(p.range.minMonths)}` : `${y(p.range.minMonths)}–${y(p.range.maxMonths)}`;
}

/** DejaVu Sans averages about half an em per character (digits and lower case); a slight overestimate for fitting labels. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.52;
}

/** The gauge as SVG text. Pure; `gaugePng` rasterises (and caches) it. */
export function gaugeSvg(law: Law, mark?: GaugeMark): string {
  const top = Math.max(...law.provisions.map((p) => p.range.maxMonths ?? p.range.minMonths));
  const hasLife = law.provisions.some((p) => p.range.life);
  const termMonths = mark && !mark.term.life ? mark.term.months : 0;
  // half again past the highest bound, or further if the term needs it; whole years
  const axisYears = Math.max(Math.ceil((top * 1.5) / 12), Math.ceil((termMonths * 1.1) / 12));
  const step = tickStep(axisYears);
  const maxYears = Math.ceil(axisYears / step) * step;
  const x0 = PAD_X;
  const x1 = GAUGE_WIDTH - PAD_X - (hasLife ? LIFE_GAP : 0);
  const xLife = GAUGE_WIDTH - PAD_X - 10;
  const x = (months: number) => x0 + ((x1 - x0) * months) / (maxYears * 12);

  const parts: string[] = [];
  parts.push(`<rect width="${GAUGE_WIDTH}" height="${GAUGE_HEIGHT}" rx="14" fill="${C.card}"/>`);
  for (const p of [...law.provisions].sort((a, b) => a.range.minMonths - b.range.minMonths)) {
    const from = x(p.range.minMonths);
    const to = p.range.maxMonths === null ? (p.range.life ? xLife : x1) : x(p.range.maxMonths);
    const fill = p.kind === "standard" ? C.standard : C.severe;
    parts.push(`<rect x="${from.toFixed(1)}" y="${BAND_TOP}" width="${(to - from).toFixed(1)}" height="${AXIS_Y - BAND_TOP}" fill="${fill}"/>`);
    // the band's label if it fits inside, else its short form, else nothing (the axis still tells)
    const label = [bandLabel(p), shortBandLabel(p)].find((l) => textWidth(l, 22) <= to - from - 12);
    if (label) {
      parts.push(
        `<text x="${((from + to) / 2).toFixed(1)}" y="${BAND_TOP + 43}" font-size="22" text-anchor="middle" fill="#ffffff">${esc(label)}</text>`,
      );
    }
  }
  // the axis, its year ticks, and "life" past the last year
  parts.push(`<line x1="${x0}" y1="${AXIS_Y}" x2="${hasLife ? xLife : x1}" y2="${AXIS_Y}" stroke="${C.axis}" stroke-width="3"/>`);
  for (let yr = 0; yr <= maxYears; yr += step) {
    const tx = x(yr * 12);
    parts.push(`<line x1="${tx.toFixed(1)}" y1="${AXIS_Y}" x2="${tx.toFixed(1)}" y2="${AXIS_Y + 10}" stroke="${C.axis}" stroke-width="2"/>`);
    parts.push(`<text x="${tx.toFixed(1)}" y="${AXIS_Y + 40}" font-size="26" text-anchor="middle" fill="${C.tick}">${yr}</text>`);
  }
  if (hasLife) {
    // a break in the axis: the years stop, life lies beyond
    const bx = x1 + LIFE_GAP / 2 - 4;
    for (const dx of [-5, 5]) {
      parts.push(`<line x1="${bx + dx - 6}" y1="${AXIS_Y + 10}" x2="${bx + dx + 6}" y2="${AXIS_Y - 10}" stroke="${C.axis}" stroke-width="3"/>`);
    }
    parts.push(`<text x="${xLife}" y="${AXIS_Y + 40}" font-size="26" text-anchor="end" fill="${C.tick}">life</text>`);
  }
  parts.push(`<text x="${x0}" y="${AXIS_Y + 70}" font-size="22" fill="${C.tick}">years in prison</text>`);

  if (mark) {
    const mx = mark.term.life ? xLife : x(Math.min(mark.term.months, maxYears * 12));
    const label = markLabel(mark);
    // keep the label inside the picture: anchored left near the start, right near the end
    const anchor = mx < x0 + 140 ? "start" : mx > GAUGE_WIDTH - PAD_X - 140 ? "end" : "middle";
    const lx = anchor === "start" ? Math.max(mx - 10, 12) : anchor === "end" ? Math.min(mx + 10, GAUGE_WIDTH - 12) : mx;
    parts.push(`<line x1="${mx.toFixed(1)}" y1="56" x2="${mx.toFixed(1)}" y2="${AXIS_Y + 4}" stroke="${C.mark}" stroke-width="5"/>`);
    parts.push(`<path d="M ${(mx - 12).toFixed(1)} 50 L ${(mx + 12).toFixed(1)} 50 L ${mx.toFixed(1)} 66 Z" fill="${C.mark}"/>`);
    parts.push(
      `<text x="${lx.toFixed(1)}" y="42" font-size="34" font-weight="bold" text-anchor="${anchor}" fill="${C.mark}">${esc(label)}</text>`,
    );
  } else {
    parts.push(`<text x="${x0}" y="44" font-size="26" font-weight="bold" fill="${C.text}">${esc(`Ranges the article cites (${law.name})`)}</text>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${GAUGE_WIDTH}" height="${GAUGE_HEIGHT}" viewBox="0 0 ${GAUGE_WIDTH} ${GAUGE_HEIGHT}" font-family="${FONT}">` +
    parts.join("") +
    "</svg>"
  );
}

export function renderPng(svg: string): Buffer {
  const { Resvg, fontFiles } = loadRenderer();
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT } });
  return resvg.render().asPng();
}

// Rendering costs milliseconds; a term's picture never changes for one dataset,
// and people ask about the same few terms, so each is drawn once. Keyed by the
// law object too, so a test's other dataset gets its own pictures.
const cache = new WeakMap<Law, BoundedMap<string, Buffer>>();
export const GAUGE_CACHE_SIZE = 256;

/** The gauge as PNG bytes, drawn once per law, term and label. */
export function gaugePng(law: Law, mark?: GaugeMark): Buffer {
  let byLaw = cache.get(law);
  if (!byLaw) cache.set(law, (byLaw = new BoundedMap(GAUGE_CACHE_SIZE)));
  const key = mark ? markLabel(mark) + (mark.term.life ? "" : `|${mark.term.months}`) : "";
  let png = byLaw.get(key);
  if (!png) byLaw.set(key, (png = renderPng(gaugeSvg(law, mark))));
  return png;
}
