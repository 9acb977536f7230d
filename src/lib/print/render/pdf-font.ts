/**
 * Be Vietnam Pro embedded as a subset under a subset-tagged name, `ABCDEF+BeVietnamPro-Bold`, as
 * the PDF specification asks of a subset font (ISO 32000 9.6.4): six upper-case letters that name
 * this subset, then the face's PostScript name. pdf-lib alone names it `BeVietnamPro-Bold-1848`,
 * which preflight tools read as a whole font that is only partly there.
 */
import { createHash } from 'node:crypto';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { face, printable, type Weight } from '../font.ts';
import type { Layout } from '../layout.ts';

/** The glyphs `layouts` set in one weight: the ones pdf-lib's subset will hold (it shapes text the same way). */
export function glyphsOf(layouts: Layout[], weight: Weight): number[] {
  const ids = new Set<number>([0]); // .notdef is in every subset
  for (const l of layouts)
    for (const t of l.texts) if (t.weight === weight) for (const g of face(weight).font.layout(printable(t.text)).glyphs) ids.add(g.id);
  return [...ids].sort((a, b) => a - b);
}

/**
 * Six upper-case letters derived from the face and its glyphs: the same subset always gets the
 * same tag, a different subset (almost surely) another.
 * @example subsetTag('BeVietnamPro-Bold', [0, 36, 68]) // 'QKXWMB' (say)
 */
export function subsetTag(fontName: string, glyphs: number[]): string {
  const digest = createHash('sha256')
    .update(`${fontName}:${glyphs.join(',')}`)
    .digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** Embeds both weights as subsets named by their tags. */
export async function embedFaces(doc: PDFDocument, layouts: Layout[]): Promise<Record<Weight, PDFFont>> {
  const embed = (weight: Weight): Promise<PDFFont> => {
    const name = face(weight).font.postscriptName;
    const customName = `${subsetTag(name, glyphsOf(layouts, weight))}+${name}`;
    return doc.embedFont(face(weight).bytes, { subset: true, customName });
  };
  return { regular: await embed('regular'), bold: await embed('bold') };
}
