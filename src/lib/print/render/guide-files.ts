/**
 * A guide sheet's files: the PDF to print and a PNG to send over Zalo. The text, code and band are
 * the shared layout drawn by `toPdf`/`toSvg`; the screenshots are then placed on top — embedded
 * in the PDF as JPEG, and as images in the SVG that becomes the PNG. Pure: the screenshots come
 * in the job as bytes.
 */
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import type { PrintFileType, PrintJob } from '../jobs.ts';
import { guideSheet, type SheetPage, type ShotSize } from '../guide-sheet.ts';
import { PT, pxPerMm } from '../units.ts';
import { toPdf } from './pdf.ts';
import { asPdf16 } from './pdf-x.ts';
import { PNG_DPI } from './png.ts';
import { toSvg } from './svg.ts';

type GuideJob = Extract<PrintJob, { type: 'guide' }>;
/** A screenshot ready to place: JPEG bytes (flattened on white, at most 600 px wide) and its size. */
type Shot = ShotSize & { jpeg: Buffer };

/** Screenshot width in pixels: 38 mm printed at 400 dpi, plenty for a phone screen's text. */
const SHOT_PX = 600;

async function prepare(base64: string): Promise<Shot> {
  const { data, info } = await sharp(Buffer.from(base64, 'base64'))
    .rotate()
    .resize({ width: SHOT_PX, withoutEnlargement: true })
    .flatten({ background: '#fff' })
    .jpeg({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { jpeg: data, width: info.width, height: info.height };
}

/** Every file of a guide job, by type. */
export async function renderGuide(job: GuideJob): Promise<Partial<Record<PrintFileType, Uint8Array>>> {
  const shots = await Promise.all(job.sheet.steps.map((s) => (s.shot ? prepare(s.shot) : undefined)));
  const pages = guideSheet(job.sheet, shots, job.ecc);
  const files: Partial<Record<PrintFileType, Uint8Array>> = {};
  for (const type of job.files) {
    if (type === 'pdf') files.pdf = await sheetPdf(pages, shots, job.title);
    else if (type === 'png') files.png = await sheetPng(pages[0]!, shots);
  }
  return files;
}

/** The PDF of every page, screenshots drawn over the layout (y turned up, as PDF counts it). */
async function sheetPdf(pages: SheetPage[], shots: (Shot | undefined)[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(
    await toPdf(
      pages.map((p) => p.layout),
      title,
    ),
    // Keep the info `toPdf` wrote: it matches the XMP metadata, as PDF/X asks.
    { updateMetadata: false },
  );
  const embedded = await Promise.all(shots.map((s) => (s ? doc.embedJpg(s.jpeg) : undefined)));
  pages.forEach((page, i) => {
    const pdfPage = doc.getPage(i);
    for (const p of page.pictures) {
      const image = embedded[p.index];
      if (!image) continue;
      const y = (page.layout.height - p.y - p.height) * PT;
      pdfPage.drawImage(image, { x: p.x * PT, y, width: p.width * PT, height: p.height * PT });
    }
  });
  return asPdf16(await doc.save());
}

/** The first page as a 150-dpi PNG with its screenshots, for sending over Zalo. */
async function sheetPng(page: SheetPage, shots: (Shot | undefined)[]): Promise<Uint8Array> {
  const l = page.layout;
  const px = { width: Math.round(l.width * pxPerMm(PNG_DPI)), height: Math.round(l.height * pxPerMm(PNG_DPI)) };
  const images = page.pictures
    .filter((p) => shots[p.index])
    .map((p) => {
      const href = `data:image/jpeg;base64,${shots[p.index]!.jpeg.toString('base64')}`;
      return `<image x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" preserveAspectRatio="none" href="${href}"/>`;
    });
  const svg = toSvg(l, px).replace(/<\/svg>$/, `${images.join('')}</svg>`);
  const png = await sharp(Buffer.from(svg))
    .flatten({ background: '#fff' })
    .png({ compressionLevel: 9, palette: true, colours: 64, effort: 1 })
    .withMetadata({ density: PNG_DPI })
    .toBuffer();
  return new Uint8Array(png);
}
