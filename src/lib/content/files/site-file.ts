/**
 * Reads `content/site.yaml`: fully validated for the build and `npm run check`, or just the base
 * URL for Astro's `site` and `base` options (before anything else can run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parse, parseDocument } from 'yaml';
import { cleanText } from '../text.ts';
import type { Problem } from '../problems.ts';
import { siteSchema, type Site } from '../site-schema.ts';
import { lineOf } from '../frontmatter.ts';
import { validate } from '../validate.ts';
import { yamlProblem } from '../yaml-errors.ts';

/** Reads and validates `site.yaml`; `file` is relative to the root. Problems carry line numbers. */
export function readSite(root: string, file: string, problems: Problem[]): Site | null {
  const path = resolve(root, file);
  if (!existsSync(path)) {
    problems.push({ severity: 'error', file, key: 'missingSite' });
    return null;
  }
  const text = cleanText(readFileSync(path, 'utf8'));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    problems.push({ severity: 'error', file, ...yamlProblem(text, first, lineCounter) });
    return null;
  }
  const parsed = { data: doc.toJS() ?? {}, lineOf: (p: readonly PropertyKey[]) => lineOf(doc, lineCounter, p, 0) };
  return validate(siteSchema, parsed, file, problems) as Site | null;
}

/**
 * Just the base URL from `site.yaml`, split as Astro wants it. Full validation happens later with
 * friendly messages; here a broken file only means defaults.
 */
export function siteLocation(root: string, contentDir = 'content'): { site: string; base: string } {
  const path = resolve(root, contentDir, 'site.yaml');
  try {
    const url = new URL(existsSync(path) ? parse(readFileSync(path, 'utf8'))?.baseUrl : '');
    const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { site: url.origin, base };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}
