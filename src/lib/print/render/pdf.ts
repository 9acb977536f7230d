/**
 * Layouts → a print-ready PDF: fonts embedded and subset (every diacritic prints, text stays
 * extractable), 100 % K for text and codes, trim and bleed boxes plus crop marks when bled.
 */
import { cmyk, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { QUIET_ZONE, qrRuns } from '../qr.ts';
import { face, printable, type Weight } from '../font.ts';
import { textLeft, type Layout, type QrItem } from '../layout.ts';
import { PT } from '../units.ts';

const BLACK = cmyk(0, 0, 0, 1);

/**
 * fontkit for pdf-lib, handing back the faces `font.ts` already parsed instead of parsing the same
 * TTF twice for every PDF (a third of a plaque's PDF time). Subsets are still made per document.
 */
const parsedFontkit = {
  create: (bytes: Uint8Array) => {
    for (const weight of ['regular', 'bold'] as const) if (bytes === face(weight).bytes) return face(weight).font;
    return fontkit.create(bytes);
  },
} as unknown as typeof fontkit;

/** One PDF with a page per layout. */
export async function toPdf(layouts: Layout[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(parsedFontkit);
  doc.setTitle(title.normalize('NFC'));
  // Screen readers and text extraction pick the right language; the English lines are the exception.
  doc.setLanguage('vi');
  doc.setCreator('Làng Số');
  const fonts: Record<Weight, PDFFont> = {
    regular: await doc.embedFont(face('regular').bytes, { subset: true }),
    bold: await doc.embedFont(face('bold').bytes, { subset: true }),
  };
  for (const l of layouts) drawPage(doc.addPage(), l, fonts);
  return doc.save();
}

function drawPage(page: PDFPage, l: Layout, fonts: Record<Weight, PDFFont>): void {
  const b = l.bleed;
  page.setSize((l.width + 2 * b) * PT, (l.height + 2 * b) * PT);
  page.setTrimBox(b * PT, b * PT, l.width * PT, l.height * PT);
  page.setBleedBox(0, 0, (l.width + 2 * b) * PT, (l.height + 2 * b) * PT);
  // Layout y runs down from the trim's top edge; PDF y runs up from the page bottom.
  const X = (x: number): number => (x + b) * PT;
  const Y = (y: number): number => (l.height + b - y) * PT;
  for (const t of l.texts) {
    page.drawText(printable(t.text), { x: X(textLeft(t)), y: Y(t.y), size: t.size * PT, font: fonts[t.weight], color: BLACK });
  }
  if (l.codes.length) {
    const codes = l.codes.map((q) => codeContent(q, X, Y)).join('\n');
    page.node.addContentStream(page.doc.context.register(page.doc.context.flateStream(codes)));
  }
  for (const c of l.lines)
    page.drawLine({ start: { x: X(c.x1), y: Y(c.y1) }, end: { x: X(c.x2), y: Y(c.y2) }, thickness: 0.5, color: BLACK, dashArray: [4, 3] });
  if (b > 0) cropMarks(page, l, X, Y);
}

/**
 * A code as PDF content: one filled path of its dark runs in 100 % K (`re` a run, one `f`),
 * written as text into its own compressed stream. Drawing each run as a pdf-lib rectangle made
 * eight operator objects a run; a province's sticker sheet (20,000 codes) held gigabytes of them.
 */
function codeContent(q: QrItem, X: (x: number) => number, Y: (y: number) => number): string {
  const o = QUIET_ZONE * q.module;
  const n = (v: number): string => v.toFixed(3);
  const runs = qrRuns(q.matrix).map(
    (r) => `${n(X(q.x + o + r.x * q.module))} ${n(Y(q.y + o + (r.y + 1) * q.module))} ${n(r.w * q.module * PT)} ${n(q.module * PT)} re`,
  );
  return `q 0 0 0 1 k\n${runs.join('\n')}\nf Q`;
}

/** Short marks in the bleed at each trim corner, outside the printed area. */
function cropMarks(page: PDFPage, l: Layout, X: (x: number) => number, Y: (y: number) => number): void {
  const b = l.bleed;
  const mark = (x1: number, y1: number, x2: number, y2: number): void =>
    page.drawLine({ start: { x: X(x1), y: Y(y1) }, end: { x: X(x2), y: Y(y2) }, thickness: 0.25, color: BLACK });
  for (const x of [0, l.width]) {
    mark(x, -b, x, -b / 3);
    mark(x, l.height + b / 3, x, l.height + b);
  }
  for (const y of [0, l.height]) {
    mark(-b, y, -b / 3, y);
    mark(l.width + b / 3, y, l.width + b, y);
  }
}
