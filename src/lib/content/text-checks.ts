/**
 * Warnings about the words of one entry: raw HTML pasted into the Markdown, summaries too long
 * for a plaque, letters the plaque font cannot print, photos without a description. None of these
 * stops a build.
 */
import type { Entry } from './entries.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import { missingChars } from '../print/font.ts';

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

/** Summaries that will not fit on a plaque, and photos without a description (an error in vi.md), in both files. */
export function checkWords(entry: Entry, lineOfVi: ParsedFile['lineOf'], lineOfEn?: ParsedFile['lineOf']): Problem[] {
  const problems: Problem[] = [];
  const files = [
    { file: `${entry.dir}/vi.md`, title: entry.data.title, summary: entry.data.summary, images: entry.data.images, lineOf: lineOfVi },
    ...(entry.en
      ? [{ file: `${entry.dir}/en.md`, title: entry.en.title, summary: entry.en.summary, images: entry.en.images, lineOf: lineOfEn }]
      : []),
  ];
  for (const { file, title, summary, images, lineOf } of files) {
    // Titles go on plaques and posters; summaries on plaques only (relics, products).
    problems.push(...unprintable(file, { title, summary: entry.kind === 'team' ? undefined : summary }, lineOf));
    if (summary && summary.length > PLAQUE_SUMMARY_MAX) {
      const line = lineOf?.(['summary']);
      problems.push({
        severity: 'warning',
        file,
        ...(line ? { line } : {}),
        field: 'summary',
        key: 'summaryLong',
        values: { length: summary.length, max: PLAQUE_SUMMARY_MAX },
      });
    }
    images.forEach((image, i) => {
      if (image.alt) return;
      const line = lineOf?.(['images', i]);
      problems.push({
        // Every photo needs a description (readers using a screen reader); a missing English one
        // only falls back to the Vietnamese description, so it is a warning there.
        severity: file.endsWith('/vi.md') ? 'error' : 'warning',
        file,
        ...(line ? { line } : {}),
        field: `images.${i}.alt`,
        key: 'missingAlt',
        values: { src: image.src },
      });
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

/** Characters of the plaque's texts (title, summary) that its font cannot print, one warning per field. */
function unprintable(file: string, texts: Record<'title' | 'summary', string | undefined>, lineOf?: ParsedFile['lineOf']): Problem[] {
  return Object.entries(texts).flatMap(([field, text]) => {
    const chars = text ? missingChars(text) : [];
    if (!chars.length) return [];
    const line = lineOf?.([field]);
    return [
      { severity: 'warning' as const, file, ...(line ? { line } : {}), field, key: 'unprintable', values: { chars: chars.join(' ') } },
    ];
  });
}
