/**
 * The plaque for one relic or product: Vietnamese title large, English title, the summary, the QR
 * with its invitation to scan, the short URL, and the commune and site name.
 */
import { LANGS, useT } from '../../i18n/index.ts';
import type { Site } from '../content/site-schema.ts';
import { minModuleMm, qrMatrix, type QrMatrix } from './qr.ts';
import { BLEED_MM, codeWidth, moduleFor, PAPER } from './units.ts';
import { clip, fitSize, wrap } from './fit.ts';
import { qrWidth, type Layout, type QrItem, type TextItem } from './layout.ts';

/** The plaque settings of `site.yaml`, resolved (posters have their own paper). */
export type PlaqueSettings = Omit<Site['plaque'], 'poster'>;

/** What a plaque says. */
export interface PlaqueData {
  url: string;
  short: string;
  title: { vi: string; en: string };
  summary: string;
  area: string;
  site: string;
}

/** Trim size in mm after orientation. */
export function trimSize(s: PlaqueSettings): { width: number; height: number } {
  const [a, b] = typeof s.size === 'string' ? PAPER[s.size] : [s.size.width, s.size.height];
  const [short, long] = [Math.min(a, b), Math.max(a, b)];
  return s.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** A plaque's layout plus the figures a build log needs. */
export interface Plaque {
  layout: Layout;
  version: number;
  moduleMm: number;
  /** Bilingual warning when modules are too small for the scanning distance, else null. */
  warning: string | null;
}

/** What both arrangements produce: the texts and the one code, placed. */
interface Placed {
  texts: TextItem[];
  code: QrItem;
}

const SCAN = 'Quét để đọc · Scan to read';

/** Lays out one plaque: stacked on portrait paper, text beside the code on landscape paper. */
export function plaqueLayout(d: PlaqueData, s: PlaqueSettings): Plaque {
  const { width, height } = trimSize(s);
  const matrix = qrMatrix(d.url, s.errorCorrection);
  const { texts, code } = width > height ? sideBySide(d, matrix, width, height) : stacked(d, matrix, width, height);
  const module = code.module;
  const need = minModuleMm(s.scanDistance, matrix.size);
  const qrW = qrWidth(code);
  const figures = { code: d.short, module: module.toFixed(2), need: need.toFixed(2), width: qrW.toFixed(0), distance: s.scanDistance };
  const warning = module < need ? LANGS.map((l) => useT(l)('plaque.tooSmall', figures)).join('\n  ') : null;
  const bleed = s.bleed ? BLEED_MM : 0;
  return {
    layout: { width, height, bleed, texts, codes: [code], lines: [] },
    version: matrix.version,
    moduleMm: module,
    warning,
  };
}

/** Portrait: titles, summary and invitation centred above the code, the short URL and names below. */
function stacked(d: PlaqueData, matrix: QrMatrix, width: number, height: number): Placed {
  const margin = Math.max(8, width * 0.06);
  const inner = width - 2 * margin;
  const u = Math.min(width, height * 0.75) / 148; // type scales with the paper; 1 at A5 portrait
  const texts: TextItem[] = [];
  const line = (text: string, y: number, size: number, weight: TextItem['weight']): void => {
    texts.push({ text, x: width / 2, y, size, weight, anchor: 'middle' });
  };
  const viSize = fitSize(d.title.vi, 'bold', inner, 12 * u, 5 * u);
  let y = margin + viSize * 0.8;
  line(d.title.vi, y, viSize, 'bold');
  const enSize = fitSize(d.title.en, 'regular', inner, 6.5 * u, 3.5 * u);
  y += enSize * 1.5;
  line(d.title.en, y, enSize, 'regular');
  const sumSize = 4 * u;
  y += sumSize * 2;
  if (d.summary) line(clip(d.summary, 'regular', inner, sumSize), y, sumSize, 'regular');
  y += sumSize * 2.2;
  line(SCAN, y, 5 * u, 'bold');
  y += 2 * u;
  const footer = 4 * u * 3.2 + 6 * u + margin;
  const module = moduleFor(matrix, Math.min(inner, height - y - footer));
  const code = { matrix, x: (width - codeWidth(matrix, module)) / 2, y, module };
  y += qrWidth(code) + 4 * u;
  line(d.short, y, fitSize(d.short, 'bold', inner, 6 * u, 3 * u), 'bold');
  line(clip(d.area, 'regular', inner, 4 * u), height - margin - 4 * u * 1.4, 4 * u, 'regular');
  line(clip(d.site, 'regular', inner, 3.5 * u), height - margin, 3.5 * u, 'regular');
  return { texts, code };
}

/**
 * Landscape: the code as tall as the paper allows on the right, with the invitation above it and
 * the short URL below; titles and up to three lines of summary on the left, names at its foot.
 * Stacking would leave a landscape code a third smaller.
 */
function sideBySide(d: PlaqueData, matrix: QrMatrix, width: number, height: number): Placed {
  const margin = Math.max(8, height * 0.06);
  const u = Math.min(width * 0.75, height) / 148;
  const label = 5 * u;
  const module = moduleFor(matrix, Math.min(height - 2 * margin - 2 * label * 1.6, width * 0.55));
  const qrW = codeWidth(matrix, module);
  const cx = width - margin - qrW / 2;
  const top = (height - qrW - 2 * label * 1.6) / 2 + label * 1.2;
  const url = fitSize(d.short, 'bold', qrW, label, 3 * u);
  const texts: TextItem[] = [
    { text: SCAN, x: cx, y: top, size: fitSize(SCAN, 'bold', qrW, label, 3 * u), weight: 'bold', anchor: 'middle' },
    { text: d.short, x: cx, y: top + label * 0.6 + qrW + url * 1.1, size: url, weight: 'bold', anchor: 'middle' },
  ];
  const code = { matrix, x: width - margin - qrW, y: top + label * 0.6, module };
  const col = { x: margin, width: width - 2 * margin - qrW - 6 * u };
  let y = margin;
  const put = (lines: string[], size: number, weight: TextItem['weight'], gap: number): void => {
    for (const [i, text] of lines.entries())
      texts.push({ text, x: col.x, y: (y += (i ? 1.25 : gap) * size), size, weight, anchor: 'start' });
  };
  const vi = titleLines(d.title.vi, col.width, 12 * u, 7 * u);
  put(vi.lines, vi.size, 'bold', 0.9);
  put(wrap(d.title.en, 'regular', col.width, 6.5 * u, 2), 6.5 * u, 'regular', 1.6);
  const foot = height - margin - 4 * u * 1.4 - 4 * u * 1.6;
  const room = Math.max(0, Math.floor((foot - y - 4 * u * 2) / (4 * u * 1.35)) + 1);
  if (d.summary && room) put(wrap(d.summary, 'regular', col.width, 4.2 * u, Math.min(3, room)), 4.2 * u, 'regular', 2);
  const footLine = (text: string, y: number, size: number): TextItem => ({
    text: clip(text, 'regular', col.width, size),
    x: col.x,
    y,
    size,
    weight: 'regular',
    anchor: 'start',
  });
  texts.push(footLine(d.area, height - margin - 3.5 * u * 1.4, 4 * u), footLine(d.site, height - margin, 3.5 * u));
  return { texts, code };
}

/** The Vietnamese title in the text column: one line if it fits at ¾ of `max`, else two lines (three if need be), shrunk until whole. */
function titleLines(title: string, width: number, max: number, min: number): { lines: string[]; size: number } {
  const one = fitSize(title, 'bold', width, max, min);
  if (one >= max * 0.75) return { lines: [title], size: one };
  const whole = (lines: string[]): boolean => lines.join(' ') === title.normalize('NFC');
  const best = { lines: wrap(title, 'bold', width, min, 3), size: min };
  for (const n of [2, 3]) {
    for (let size = max; size >= min; size *= 0.92) {
      const lines = wrap(title, 'bold', width, size, n);
      if (whole(lines)) return { lines, size };
    }
  }
  return best;
}
