/**
 * A guide's printed sheet (A4, large type): the title and what to have ready, the numbered steps
 * with their screenshots, common problems, and on every page a band with the team's number and a
 * QR back to the guide page — the sheet left on the table, or taken home by whoever will forget
 * step 4 by tomorrow. Steps are never split across pages; a long guide continues on the next one.
 */
import { qrMatrix, type Ecc } from './qr.ts';
import { clip, fitSize, wrap } from './fit.ts';
import type { Layout, QrItem, TextItem } from './layout.ts';
import { codeWidth, moduleFor, PAPER } from './units.ts';
import type { GuideSheetData } from './guide-sheet-data.ts';

/** Where a screenshot goes on a page, in mm; `index` is its step's number from 0. */
export interface PicturePlace {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}
/** One page of a sheet: the drawing every renderer shares, and where the screenshots go. */
export interface SheetPage {
  layout: Layout;
  pictures: PicturePlace[];
}
/** A screenshot's pixel size, for its height on paper. */
export interface ShotSize {
  width: number;
  height: number;
}

const [W, H] = PAPER.A4;
const M = 14;
const COL = W - 2 * M;
/** Step text and the band's phone: large, for elderly readers (5.5 mm ≈ 16 pt). */
const STEP = 5.5;
const BODY = 4.8;
const LEAD = 1.3;
const SHOT_W = 38;
const SHOT_MAX_H = 72;
const BAND = 60;

/** A page being filled from `y` down to `bottom`. */
interface Sheet {
  pages: SheetPage[];
  y: number;
  bottom: number;
}

/** Pushes wrapped lines from the top `y` (not the baseline); returns the y under the last line. */
function lines(out: TextItem[], text: string[], x: number, y: number, size: number, weight: 'regular' | 'bold'): number {
  text.forEach((line, i) => out.push({ text: line, x, y: y + 0.95 * size + i * LEAD * size, size, weight, anchor: 'start' }));
  return y + text.length * LEAD * size;
}

/** The sheet's pages; `shots[i]` is the pixel size of step i's screenshot, when it has one. */
export function guideSheet(d: GuideSheetData, shots: (ShotSize | undefined)[], ecc: Ecc): SheetPage[] {
  const s: Sheet = { pages: [], y: 0, bottom: H - M - BAND - 5 }; // 5 mm above the band, clear of its rule
  newPage(s, d, ecc, true);
  const texts = (): TextItem[] => s.pages.at(-1)!.layout.texts;
  s.y = lines(texts(), wrap(d.summary, 'regular', COL, BODY, 3), M, s.y, BODY, 'regular') + 2;
  s.y = lines(texts(), wrap(d.audience, 'regular', COL, BODY, 2), M, s.y, BODY, 'regular') + 3;
  if (d.bring.length) {
    s.y = lines(texts(), [d.bringLabel], M, s.y, BODY, 'bold');
    for (const b of d.bring) s.y = lines(texts(), wrap(`•  ${b}`, 'regular', COL, BODY, 2), M, s.y, BODY, 'regular');
    s.y += 4;
  }
  d.steps.forEach((step, i) => placeStep(s, d, ecc, step.text, i, shots[i]));
  placeProblems(s, d, ecc);
  return s.pages;
}

/** Starts a page: the title (large on the first page, one line after), the band at the foot. */
function newPage(s: Sheet, d: GuideSheetData, ecc: Ecc, first: boolean): void {
  const layout: Layout = { width: W, height: H, bleed: 0, texts: [], codes: [], lines: [] };
  s.pages.push({ layout, pictures: [] });
  const size = first ? fitSize(d.title, 'bold', COL, 9, 7) : BODY;
  const title = first ? wrap(d.title, 'bold', COL, size, 2) : [clip(`${d.title} (tiếp)`, 'bold', COL, size)];
  s.y = lines(layout.texts, title, M, M, size, 'bold') + 3;
  band(layout, d, ecc);
}

/** One numbered step: its number, its sentence beside it, its screenshot on the right; a new page if it does not fit. */
function placeStep(s: Sheet, d: GuideSheetData, ecc: Ecc, text: string, i: number, shot: ShotSize | undefined): void {
  const textW = COL - 11 - (shot ? SHOT_W + 5 : 0);
  const words = wrap(text, 'regular', textW, STEP, 5);
  const shotH = shot ? Math.min(SHOT_MAX_H, (SHOT_W * shot.height) / shot.width) : 0;
  const height = Math.max(words.length * LEAD * STEP, shotH);
  if (s.y + height > s.bottom) newPage(s, d, ecc, false);
  const page = s.pages.at(-1)!;
  lines(page.layout.texts, [`${i + 1}.`], M, s.y, STEP * 1.2, 'bold');
  lines(page.layout.texts, words, M + 11, s.y, STEP, 'regular');
  if (shot)
    page.pictures.push({
      index: i,
      x: M + COL - SHOT_W,
      y: s.y,
      width: shotH === SHOT_MAX_H ? (SHOT_MAX_H * shot.width) / shot.height : SHOT_W,
      height: shotH,
    });
  s.y += height + 5;
}

/** Common problems and their fixes, each kept whole, after the steps. */
function placeProblems(s: Sheet, d: GuideSheetData, ecc: Ecc): void {
  d.problems.forEach((p, i) => {
    const problem = wrap(p.problem, 'bold', COL, BODY, 2);
    const fix = wrap(`» ${p.fix}`, 'regular', COL, BODY, 3);
    const label = i === 0 ? LEAD * STEP + 1 : 0;
    if (s.y + label + (problem.length + fix.length) * LEAD * BODY > s.bottom) newPage(s, d, ecc, false);
    const texts = s.pages.at(-1)!.layout.texts;
    if (i === 0) s.y = lines(texts, [d.problemsLabel], M, s.y + 1, STEP, 'bold');
    s.y = lines(texts, problem, M, s.y, BODY, 'bold');
    s.y = lines(texts, fix, M, s.y, BODY, 'regular') + 2;
  });
}

/** The band at the foot of every page: who to call and their number, the code back to the guide, when it was checked. */
function band(layout: Layout, d: GuideSheetData, ecc: Ecc): void {
  const top = H - M - BAND;
  layout.lines.push({ x1: M, y1: top - 3, x2: W - M, y2: top - 3 });
  const matrix = qrMatrix(d.url, ecc);
  const module = moduleFor(matrix, 42);
  const qrW = codeWidth(matrix, module);
  const code: QrItem = { matrix, x: W - M - qrW, y: top, module };
  layout.codes.push(code);
  const t = layout.texts;
  t.push({ text: d.short, x: code.x + qrW / 2, y: top + qrW + 5, size: 3.5, weight: 'bold', anchor: 'middle' });
  const left = COL - qrW - 6;
  let y = lines(t, wrap(d.callLabel, 'bold', left, BODY, 2), M, top, BODY, 'bold') + 1;
  for (const team of d.teams.slice(0, 2)) {
    y = lines(t, [clip(team.phone, 'bold', left, 9)], M, y, 9, 'bold');
    y = lines(t, [clip(team.name, 'regular', left, 3.8)], M, y, 3.8, 'regular') + 1;
  }
  lines(t, wrap(d.scan, 'regular', left, 3.8, 2), M, Math.max(y, top + BAND - 18), 3.8, 'regular');
  lines(t, [clip(`${d.checked} · ${d.footer}`, 'regular', COL, 3.2)], M, top + BAND - 4, 3.2, 'regular');
}
