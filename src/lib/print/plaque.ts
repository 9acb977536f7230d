/**
 * The plaque for one relic or product: both titles, the plaque text in Vietnamese and English, the
 * QR with its invitation to scan and short URL, the commune and site, and on relics a text QR
 * that tells a visitor without signal what the place is.
 */
import { LANGS, useT } from '../../i18n/index.ts';
import type { Site } from '../content/site-schema.ts';
import { minModuleMm, qrMatrix } from './qr.ts';
import { BLEED_MM, codeWidth, PAPER } from './units.ts';
import type { Layout } from './layout.ts';
import { sideBySide, stacked } from './plaque-arrange.ts';

/** The plaque settings of `site.yaml`, resolved (posters have their own paper). */
export type PlaqueSettings = Omit<Site['plaque'], 'poster'>;

/** What a plaque says. */
export interface PlaqueData {
  url: string;
  short: string;
  /** The English title only where the entry has one: an untranslated entry never prints its name twice. */
  title: { vi: string; en?: string | undefined };
  /** The plaque text per language: the entry's `plaque:` text, else its summary; no English without `en.md`. */
  text: { vi: string; en?: string | undefined };
  area: string;
  site: string;
  /** Whether the plaque carries a text QR (relics, unless `plaque.textQr: false`). */
  textQr: boolean;
}

/** Trim size in mm after orientation. */
export function trimSize(s: PlaqueSettings): { width: number; height: number } {
  const [a, b] = typeof s.size === 'string' ? PAPER[s.size] : [s.size.width, s.size.height];
  const [short, long] = [Math.min(a, b), Math.max(a, b)];
  return s.orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** A plaque's layout plus the figures a build log and `npm run check` need. */
export interface Plaque {
  layout: Layout;
  version: number;
  moduleMm: number;
  /** Bilingual warning when modules are too small for the scanning distance, else null. */
  warning: string | null;
  /** The plaque text as printed per language, and whether all of it is on the paper. */
  printed: { vi: { text: string; whole: boolean }; en: { text: string; whole: boolean } };
  /** The text QR's figures, or null when the plaque has none. */
  textQr: { version: number; moduleMm: number; bytes: number; text: string } | null;
}

/** Lays out one plaque: stacked on portrait paper, text beside the code on landscape paper. */
export function plaqueLayout(d: PlaqueData, s: PlaqueSettings): Plaque {
  const { width, height } = trimSize(s);
  const matrix = qrMatrix(d.url, s.errorCorrection);
  const need = minModuleMm(s.scanDistance, matrix.size);
  const page = { width, height, need };
  const p = width > height ? sideBySide(d, matrix, page) : stacked(d, matrix, page);
  const module = p.code.module;
  const figures = {
    code: d.short,
    module: module.toFixed(2),
    need: need.toFixed(2),
    width: codeWidth(matrix, module).toFixed(0),
    distance: s.scanDistance,
  };
  const warning = module < need - 1e-9 ? LANGS.map((l) => useT(l)('plaque.tooSmall', figures)).join('\n  ') : null;
  const bleed = s.bleed ? BLEED_MM : 0;
  const q = p.words.textQr;
  const printed = (f: { lines: string[]; whole: boolean }) => ({ text: f.lines.join(' '), whole: f.whole });
  return {
    layout: { width, height, bleed, texts: [...p.texts, ...p.words.texts], codes: [p.code, ...p.words.codes], lines: [] },
    version: matrix.version,
    moduleMm: module,
    warning,
    printed: { vi: printed(p.words.fitted.vi), en: printed(p.words.fitted.en) },
    textQr: q && { version: q.matrix.version, moduleMm: q.module, bytes: Buffer.byteLength(q.text), text: q.text },
  };
}
