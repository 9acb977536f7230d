/**
 * Checks of the words of one entry: raw HTML pasted into the Markdown, summaries too long for a
 * plaque, template text left in, photos without a description (the only error among them).
 */
import type { Entry } from './entries.ts';
import type { LineOf, ParsedFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { entryFile } from './layout.ts';

/** Longest summary (characters) that still fits under the QR code on an A6 plaque. */
export const PLAQUE_SUMMARY_MAX = 200;

// What the sanitiser always removes and what a volunteer should hear about by name.
const UNSAFE = [
  { what: '<script>', re: /<script\b/i },
  { what: '<iframe>', re: /<iframe\b/i },
  { what: '<object>/<embed>', re: /<(object|embed)\b/i },
  { what: '<style>', re: /<style\b/i },
  { what: 'on…=', re: /<[a-z][^>]*\son[a-z]+\s*=/i },
  { what: 'javascript:', re: /javascript\s*:/i },
];
const TAG = /<\/?([a-z][a-z0-9]*)\b[^>]*>/i;
/** How the templates of `npm run new` mark text still to be written. */
const PLACEHOLDER = /\[\[[^\]]*\]\]/;

/** Raw HTML in a Markdown body, one warning per line that has some; unsafe parts named. */
export function checkBody(file: string, parsed: Pick<ParsedFile, 'body' | 'bodyLine'>): Problem[] {
  const problems: Problem[] = [];
  let fenced = false;
  parsed.body.split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    // Inline code (`<b>`) is shown as text, never run.
    const line = text.replace(/`[^`]*`/g, '');
    const at = { severity: 'warning' as const, file, line: parsed.bodyLine + i };
    if (PLACEHOLDER.test(line)) problems.push({ ...at, key: 'placeholderBody' });
    const unsafe = UNSAFE.find((u) => u.re.test(line));
    if (unsafe) problems.push({ ...at, key: 'unsafeHtml', values: { what: unsafe.what } });
    else {
      const tag = line.match(TAG);
      if (tag) problems.push({ ...at, key: 'rawHtml', values: { tag: `<${tag[1]!.toLowerCase()}>` } });
    }
  });
  return problems;
}

/** The words of an entry as written in each of its files, with that file's line look-up. */
export interface WrittenFile {
  file: string;
  title: string;
  summary: string | undefined;
  images: { src: string; alt: string }[];
  lineOf: LineOf | undefined;
}

/** `vi.md` and, when translated, `en.md` of an entry, each with the words it holds. */
export function writtenFiles(entry: Entry, lineOfVi: LineOf, lineOfEn?: LineOf): WrittenFile[] {
  const { title, summary, images } = entry.data;
  const vi: WrittenFile = { file: entryFile(entry, 'vi'), title, summary, images, lineOf: lineOfVi };
  if (!entry.en) return [vi];
  return [
    vi,
    { file: entryFile(entry, 'en'), title: entry.en.title, summary: entry.en.summary, images: entry.en.images, lineOf: lineOfEn },
  ];
}

/** A problem at a field of a file, with its line when known. */
export function at(w: Pick<WrittenFile, 'file' | 'lineOf'>, path: (string | number)[]): { file: string; field: string; line?: number } {
  const line = w.lineOf?.(path);
  return { file: w.file, field: path.join('.'), ...(line ? { line } : {}) };
}

/** Summaries that will not fit on a plaque, and photos without a description (an error in vi.md), in both files. */
export function checkWords(entry: Entry, lineOfVi: LineOf, lineOfEn?: LineOf): Problem[] {
  const problems: Problem[] = [];
  for (const w of writtenFiles(entry, lineOfVi, lineOfEn)) {
    if (w.summary && w.summary.length > PLAQUE_SUMMARY_MAX) {
      const values = { length: w.summary.length, max: PLAQUE_SUMMARY_MAX };
      problems.push({ severity: 'warning', ...at(w, ['summary']), key: 'summaryLong', values });
    }
    w.images.forEach((image, i) => {
      if (image.alt) return;
      // Every photo needs a description (readers using a screen reader); a missing English one
      // only falls back to the Vietnamese description, so it is a warning there.
      const severity = w.file === entryFile(entry, 'vi') ? 'error' : 'warning';
      const { line, file } = at(w, ['images', i]);
      problems.push({ severity, file, ...(line ? { line } : {}), field: `images.${i}.alt`, key: 'missingAlt', values: { src: image.src } });
    });
  }
  return problems;
}

/** Template text (`[[…]]`) left in the frontmatter, one warning per field. */
export function checkPlaceholders(file: string, data: unknown, lineOf: ParsedFile['lineOf'], path: (string | number)[] = []): Problem[] {
  if (typeof data === 'string') {
    if (!PLACEHOLDER.test(data)) return [];
    const line = lineOf(path);
    return [{ severity: 'warning', file, ...(line ? { line } : {}), field: path.join('.'), key: 'placeholder' }];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => checkPlaceholders(file, item, lineOf, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => checkPlaceholders(file, v, lineOf, [...path, k]));
  return [];
}
