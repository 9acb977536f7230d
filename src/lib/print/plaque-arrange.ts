/**
 * The two arrangements of a plaque. Portrait: the commune and site on a small top line, the words
 * block, the invitation to scan and short URL, then the code at the foot, its bottom quiet zone in
 * the margin. Landscape: the code on the right, the words block on the left. Nothing is ever set in
 * a code's 4-module quiet zone.
 */
import { face, textWidth } from './font.ts';
import { fitSize, withEllipsis } from './fit.ts';
import type { QrItem, TextItem } from './layout.ts';
import type { PlaqueData } from './plaque.ts';
import { INK_DOWN, INK_UP, readableSize, wordsBlock, type WordsBlock } from './plaque-words.ts';
import { LEAD } from './poster-kit.ts';
import { QUIET_ZONE, type QrMatrix } from './qr.ts';
import { STEPS_PER_MM } from './units.ts';

/** The trim size and the module the scanning distance asks for. */
export interface Page {
  width: number;
  height: number;
  need: number;
}

/** A plaque arranged: every text outside the words block, the URL code, and the words block. */
export interface Arranged {
  texts: TextItem[];
  code: QrItem;
  words: WordsBlock;
}

const SCAN = 'Quét để đọc · Scan to read';

/** `mm` in whole module steps (0.05 mm), down or up. */
const steps = (mm: number, up = false): number =>
  (up ? Math.ceil(mm * STEPS_PER_MM - 1e-6) : Math.floor(mm * STEPS_PER_MM + 1e-6)) / STEPS_PER_MM;

/** A one-line name in `width`: shrunk to ¾ of `size` if need be, then cut after a whole word. */
function nameLine(text: string, x: number, y: number, width: number, size: number, anchor: TextItem['anchor']): TextItem {
  const s = fitSize(text, 'regular', width, size, size * 0.75);
  const fits = textWidth(face('regular'), text, s) <= width;
  return { text: fits ? text : withEllipsis(text, 'regular', width, s), x, y, size: s, weight: 'regular', anchor };
}

/** Type scale of the body text: readable from a step away, larger on larger paper. */
const bodySize = (u: number): number => Math.max(readableSize(), 4 * u);

/**
 * Portrait. The code is as large as the paper allows once all the words fit; when they do not, it
 * keeps the module the scanning distance asks for and the words take whole lines of what is left.
 */
export function stacked(d: PlaqueData, matrix: QrMatrix, p: Page): Arranged {
  const { width: W, height: H } = p;
  const m = Math.max(8, W * 0.06);
  const u = Math.min(W, H * 0.75) / 148;
  const n = matrix.size;
  const inner = W - 2 * m;
  const kicker = nameLine(`${d.area} · ${d.site}`, W / 2, 0, inner, 3.6 * u, 'middle');
  kicker.y = m + INK_UP * kicker.size;
  const top = kicker.y + INK_DOWN * kicker.size + 3 * u;
  const ls = fitSize(SCAN, 'bold', inner, 5 * u, 3 * u);
  const us = fitSize(d.short, 'bold', inner, 6 * u, 3 * u);
  const codeTop = (k: number): number => H - Math.max(m, QUIET_ZONE * k) - (n + QUIET_ZONE) * k;
  const urlY = (k: number): number => codeTop(k) - INK_DOWN * us - 1.5 * u;
  const scanY = (k: number): number => urlY(k) - INK_UP * us - INK_DOWN * ls - 1 * u;
  const room = (k: number): number => scanY(k) - INK_UP * ls - 3 * u - top;
  const words = (h: number): WordsBlock => wordsBlock(d, { x: m, y: top, width: inner, height: h }, u, bodySize(u));
  const k = stackedModule(p, n, inner, room, { full: words(1e4).used, least: words(0).used + 1.5 * LEAD * bodySize(u) });
  const code: QrItem = { matrix, x: (W - (n + 2 * QUIET_ZONE) * k) / 2, y: codeTop(k), module: k };
  const texts: TextItem[] = [
    kicker,
    { text: SCAN, x: W / 2, y: scanY(k), size: ls, weight: 'bold', anchor: 'middle' },
    { text: d.short, x: W / 2, y: urlY(k), size: us, weight: 'bold', anchor: 'middle' },
  ];
  return { texts, code, words: words(room(k)) };
}

/** The portrait module: largest that leaves room for every word, else the scanning distance's, else what the least words leave. */
function stackedModule(p: Page, n: number, inner: number, room: (k: number) => number, want: { full: number; least: number }): number {
  const most = steps(Math.min(inner / n, p.width / (n + 2 * QUIET_ZONE)));
  const need = steps(p.need, true);
  const largest = (h: number): number => {
    for (let k = most; k > 0.05; k = steps(k - 0.05)) if (room(k) >= h) return k;
    return 0.05;
  };
  const all = largest(want.full);
  if (all >= need) return all;
  if (need <= most && room(need) >= want.least) return need;
  return largest(want.least);
}

/**
 * Landscape: the code as tall as the paper allows on the right, the invitation above its quiet
 * zone and the short URL below; the words block on the left, the commune and site at its foot.
 */
export function sideBySide(d: PlaqueData, matrix: QrMatrix, p: Page): Arranged {
  const { width: W, height: H } = p;
  const m = Math.max(8, H * 0.06);
  const u = Math.min(W * 0.75, H) / 148;
  const n = matrix.size + 2 * QUIET_ZONE;
  const [ls, us] = [5 * u, 5 * u];
  const labels = (INK_UP + INK_DOWN) * ls + (INK_UP + INK_DOWN) * us + 3 * u;
  const k = steps(Math.min((H - 2 * m - labels) / n, (W * 0.55) / n));
  const qrW = n * k;
  const top = (H - qrW - labels) / 2;
  const code: QrItem = { matrix, x: W - m - qrW, y: top + (INK_UP + INK_DOWN) * ls + 1.5 * u, module: k };
  const cx = code.x + qrW / 2;
  const texts: TextItem[] = [
    { text: SCAN, x: cx, y: top + INK_UP * ls, size: fitSize(SCAN, 'bold', qrW, ls, 3 * u), weight: 'bold', anchor: 'middle' },
    {
      text: d.short,
      x: cx,
      y: code.y + qrW + 1.5 * u + INK_UP * us,
      size: fitSize(d.short, 'bold', qrW, us, 3 * u),
      weight: 'bold',
      anchor: 'middle',
    },
  ];
  const col = { x: m, width: code.x - m - 4 * u };
  const fs = 3.6 * u;
  const site = nameLine(d.site, col.x, H - m - INK_DOWN * fs, col.width, fs, 'start');
  const area = nameLine(d.area, col.x, site.y - LEAD * fs, col.width, fs, 'start');
  texts.push(area, site);
  const box = { ...col, y: m, height: area.y - INK_UP * fs - 4 * u - m };
  return { texts, code, words: wordsBlock(d, box, u, bodySize(u)) };
}
