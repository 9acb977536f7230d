/**
 * One print job → its files, as bytes. Pure apart from the font it reads once: the same job
 * always gives the same files, which is what lets the cache key on the job alone.
 */
import type { PrintFileType, PrintJob } from '../jobs.ts';
import type { Layout } from '../layout.ts';
import { plaqueLayout } from '../plaque.ts';
import { teamPoster } from '../team-poster.ts';
import { trailPoster } from '../trail-poster.ts';
import { stickerSheets } from '../sheet.ts';
import { renderGuide } from './guide-files.ts';
import { toPdf } from './pdf.ts';
import { PNG_DPI, PREVIEW_DPI, toPng } from './png.ts';
import { toSvg } from './svg.ts';

/** The pages of a job, in print order. */
export function jobLayouts(job: Exclude<PrintJob, { type: 'guide' }>): Layout[] {
  switch (job.type) {
    case 'plaque':
      return [plaqueLayout(job.plaque, job.settings).layout];
    case 'batch':
      return job.plaques.map((p) => plaqueLayout(p, job.settings).layout);
    case 'stickers':
      return stickerSheets(job.plaques, job.ecc);
    case 'team':
      return [teamPoster(job.poster, job.paper, job.ecc)];
    case 'trail':
      return trailPoster(job.heading, job.sub, job.stops, job.paper, job.ecc);
  }
}

/** One file of a job. The SVG and the pictures show the first page; a long trail continues in the PDF. */
async function renderFile(job: PrintJob, layouts: Layout[], type: PrintFileType): Promise<Uint8Array> {
  const first = layouts[0]!;
  switch (type) {
    case 'svg':
      return new TextEncoder().encode(toSvg(first));
    case 'pdf':
      return toPdf(layouts, job.title);
    case 'png':
      return toPng(first, PNG_DPI);
    case 'preview':
      return toPng(first, PREVIEW_DPI);
  }
}

/** Every file of a job, by type. */
export async function renderJob(job: PrintJob): Promise<Partial<Record<PrintFileType, Uint8Array>>> {
  if (job.type === 'guide') return renderGuide(job); // screenshots on top of the layout
  const layouts = jobLayouts(job);
  const files: Partial<Record<PrintFileType, Uint8Array>> = {};
  for (const type of job.files) files[type] = await renderFile(job, layouts, type);
  return files;
}
