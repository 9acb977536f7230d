/**
 * The plaque for one relic or product: Vietnamese title large, English title, a one-line summary,
 * the QR with its invitation to scan, the short URL, and the commune and site name.
 */
import { LANGS, useT } from '../../i18n/index.ts';
import { minModuleMm, qrMatrix, QUIET_ZONE, type Ecc } from '../qr.ts';
import { clip, fitSize, type Layout, type TextItem } from './layout.ts';

/** Paper sizes in mm, portrait. */
export const PAPER = { A6: [105, 148], A5: [148, 210], A4: [210, 297], A3: [297, 420] } as const;

/** The plaque settings of `site.yaml`, resolved. */
export interface PlaqueSettings {
  size: keyof typeof PAPER | { width: number; height: number };
  orientation: 'portrait' | 'landscape';
  bleed: boolean;
  scanDistance: number;
  errorCorrection: Ecc;
}

/** What a plaque says. */
export interface PlaqueData {
  url: string;
  short: string;
  title: { vi: string; en: string };
  summary: string;
  area: string;
  site: string;
}

/** Bleed around the trim box when enabled, in mm (the usual print-shop value). */
export const BLEED_MM = 3;

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
  /** Smallest module that scans from the configured distance, mm. */
  needMm: number;
  /** Bilingual warning when modules are too small for the scanning distance, else null. */
  warning: string | null;
}

/** Lays out one plaque. */
export function plaqueLayout(d: PlaqueData, s: PlaqueSettings): Plaque {
  const { width, height } = trimSize(s);
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
  line('Quét để đọc · Scan to read', y, 5 * u, 'bold');
  y += 2 * u;
  const footer = 4 * u * 3.2 + 6 * u + margin;
  const matrix = qrMatrix(d.url, s.errorCorrection);
  const room = Math.min(inner, height - y - footer);
  const module = Math.floor((room / (matrix.size + 2 * QUIET_ZONE)) * 20) / 20;
  const qrW = module * (matrix.size + 2 * QUIET_ZONE);
  const codes = [{ matrix, x: (width - qrW) / 2, y, module }];
  y += qrW + 4 * u;
  line(d.short, y, fitSize(d.short, 'bold', inner, 6 * u, 3 * u), 'bold');
  line(clip(d.area, 'regular', inner, 4 * u), height - margin - 4 * u * 1.4, 4 * u, 'regular');
  line(clip(d.site, 'regular', inner, 3.5 * u), height - margin, 3.5 * u, 'regular');
  const need = minModuleMm(s.scanDistance, matrix.size);
  const figures = { code: d.short, module: module.toFixed(2), need: need.toFixed(2), width: qrW.toFixed(0), distance: s.scanDistance };
  const warning = module < need ? LANGS.map((l) => useT(l)('plaque.tooSmall', figures)).join('\n  ') : null;
  const bleed = s.bleed ? BLEED_MM : 0;
  return { layout: { width, height, bleed, texts, codes, lines: [] }, version: matrix.version, moduleMm: module, needMm: need, warning };
}
