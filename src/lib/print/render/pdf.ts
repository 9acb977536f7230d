/**
 * Layouts → a print-ready PDF (PDF/X-4 style): fonts embedded as tagged subsets (every diacritic
 * prints, text stays extractable), 100 % K for text and codes, a CMYK output intent; when bled,
 * a MediaBox with room for crop marks outside the BleedBox, and the TrimBox the finished size.
 */
import { cmyk, LineCapStyle, PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { QUIET_ZONE, qrRuns } from '../qr.ts';
import { face, printable, type Weight } from '../font.ts';
import { shapePath, textLeft, type Layout, type QrItem, type Shape } from '../layout.ts';
import { PT, SLUG_MM } from '../units.ts';
import { embedFaces } from './pdf-font.ts';
import { asPdf16, markForPrint } from './pdf-x.ts';

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
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(parsedFontkit);
  // Screen readers and text extraction pick the right language; the English lines are the exception.
  doc.setLanguage('vi');
  const fonts = await embedFaces(doc, layouts);
  for (const l of layouts) drawPage(doc.addPage(), l, fonts);
  markForPrint(doc, title.normalize('NFC'));
  return asPdf16(await doc.save());
}

/**
 * Where the trim sits on the page: a bled page has its bleed and then room for the crop marks
 * around the trim; an unbled one is the trim alone (the print shop asked for no marks).
 */
export const pageMargin = (l: Layout): number => (l.bleed > 0 ? l.bleed + SLUG_MM : 0);

function drawPage(page: PDFPage, l: Layout, fonts: Record<Weight, PDFFont>): void {
  const b = l.bleed;
  const m = pageMargin(l);
  page.setSize((l.width + 2 * m) * PT, (l.height + 2 * m) * PT);
  page.setBleedBox((m - b) * PT, (m - b) * PT, (l.width + 2 * b) * PT, (l.height + 2 * b) * PT);
  page.setTrimBox(m * PT, m * PT, l.width * PT, l.height * PT);
  // Layout y runs down from the trim's top edge; PDF y runs up from the page bottom.
  const X = (x: number): number => (x + m) * PT;
  const Y = (y: number): number => (l.height + m - y) * PT;
  for (const s of l.shapes ?? []) drawShape(page, s, X, Y);
  for (const t of l.texts) {
    page.drawText(printable(t.text), { x: X(textLeft(t)), y: Y(t.y), size: t.size * PT, font: fonts[t.weight], color: BLACK });
  }
  if (l.codes.length) {
    const codes = l.codes.map((q) => codeContent(q, X, Y)).join('\n');
    // Compressed by Node's zlib, several times faster than pdf-lib's JavaScript deflate.
    const stream = page.doc.context.stream(deflateSync(codes), { Filter: 'FlateDecode' });
    page.node.addContentStream(page.doc.context.register(stream));
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

/** One shape in 100 % K; paths are drawn in mm (`scale`), so their stroke widths stay in mm too. */
function drawShape(page: PDFPage, s: Shape, X: (x: number) => number, Y: (y: number) => number): void {
  if (s.kind === 'ring') {
    page.drawCircle({ x: X(s.x), y: Y(s.y), size: s.r * PT, borderColor: BLACK, borderWidth: s.width * PT });
    return;
  }
  const at = { x: X(0), y: Y(0), scale: PT };
  if (s.kind === 'fill') page.drawSvgPath(shapePath(s.points, true), { ...at, color: BLACK });
  else
    page.drawSvgPath(shapePath(s.points, s.closed), { ...at, borderColor: BLACK, borderWidth: s.width, borderLineCap: LineCapStyle.Round });
}

/** Where crop marks run, in mm out from the trim edge: from 1 mm outside the bleed to 1 mm inside the page edge. */
export const markSpan = (l: Layout): [number, number] => [l.bleed + 1, pageMargin(l) - 1];

/** A pair of marks on the line of each trim edge at every corner, all outside the bleed. */
function cropMarks(page: PDFPage, l: Layout, X: (x: number) => number, Y: (y: number) => number): void {
  const [near, far] = markSpan(l);
  const mark = (x1: number, y1: number, x2: number, y2: number): void =>
    page.drawLine({ start: { x: X(x1), y: Y(y1) }, end: { x: X(x2), y: Y(y2) }, thickness: 0.25, color: BLACK });
  for (const x of [0, l.width]) {
    mark(x, -far, x, -near);
    mark(x, l.height + near, x, l.height + far);
  }
  for (const y of [0, l.height]) {
    mark(-far, y, -near, y);
    mark(l.width + near, y, l.width + far, y);
  }
}
