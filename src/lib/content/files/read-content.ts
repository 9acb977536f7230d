/**
 * Reads `content/`: site.yaml and every entry folder, validating as it goes.
 * Used by the Astro content loader, `npm run check` and the plaque builder alike, so that a
 * volunteer sees the same message whichever command met the problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodType } from 'zod';
import { slugify, cleanText } from '../text.ts';
import { contentDir as defaultContentDir } from './location.ts';
import type { Entry } from '../entries.ts';
import { FrontmatterError, parseFrontmatter, type ParsedFile } from '../frontmatter.ts';
import { checkEntries, checkImages } from '../checks.ts';
import { reconcileFile } from '../../codes/registry-file.ts';
import { checkBody, checkPlaceholders, checkWords } from '../text-checks.ts';
import { describeIssue, type Problem } from '../problems.ts';
import { entrySchemas, KIND_DIRS, KINDS, siteSchema, translationSchemas, type Kind, type Site } from '../schema.ts';

export interface Content {
  site: Site | null;
  entries: Entry[];
  problems: Problem[];
}

/** Reads and validates the whole content folder. Never throws for bad content: it reports. */
export function readContent(root: string, contentDir = defaultContentDir()): Content {
  const problems: Problem[] = [];
  const dir = resolve(root, contentDir);
  const site = readSite(root, `${contentDir}/site.yaml`, problems);
  const entries: Entry[] = [];
  for (const kind of KINDS) {
    const kindDir = join(dir, KIND_DIRS[kind]);
    if (!existsSync(kindDir)) continue;
    for (const name of readdirSync(kindDir).sort()) {
      if (name.startsWith('.') || !statSync(join(kindDir, name)).isDirectory()) continue;
      const entry = readEntry(root, kind, join(kindDir, name), problems);
      if (entry) entries.push(entry);
    }
  }
  problems.push(...checkEntries(entries, site));
  // Every code ever printed must still lead somewhere (content/codes.yaml).
  problems.push(...reconcileFile(root, contentDir, entries).problems);
  return { site, entries, problems };
}

const rel = (root: string, path: string): string => relative(root, path).split('\\').join('/');

/** Reads and validates `site.yaml`; `file` is relative to the root. */
export function readSite(root: string, file: string, problems: Problem[]): Site | null {
  const path = resolve(root, file);
  if (!existsSync(path)) {
    problems.push({ severity: 'error', file, key: 'missingSite' });
    return null;
  }
  const doc = parseDocument(cleanText(readFileSync(path, 'utf8')));
  if (doc.errors.length) {
    problems.push({ severity: 'error', file, key: 'yaml', values: { detail: doc.errors[0]!.message.split('\n')[0]! } });
    return null;
  }
  const parsed = { data: doc.toJS() ?? {}, body: '', bodyLine: 1, lineOf: () => undefined };
  return validate(siteSchema, parsed, file, problems) as Site | null;
}

function readEntry(root: string, kind: Kind, folder: string, problems: Problem[]): Entry | null {
  const name = folder.split(/[\\/]/).pop()!;
  // A folder named on a Mac arrives in NFD; slugify folds either form to the same ASCII slug.
  const slug = slugify(name);
  const dir = rel(root, folder);
  if (name !== slug)
    problems.push({ severity: 'warning', file: `${dir}/`, key: 'folderName', values: { name: name.normalize('NFC'), slug } });
  // MDX runs code at build time: no .mdx file in content/ is ever read, and each is named.
  const mdx = readdirSync(folder).filter((f) => /\.mdx$/i.test(f));
  for (const file of mdx) problems.push({ severity: 'error', file: `${dir}/${file}`, key: 'mdxNotAllowed' });
  const viPath = join(folder, 'vi.md');
  if (!existsSync(viPath)) {
    if (!mdx.length) problems.push({ severity: 'error', file: `${dir}/vi.md`, key: 'missingVi' });
    return null;
  }
  const vi = parseFile(root, viPath, problems);
  const data = vi && validate(entrySchemas[kind], vi, `${dir}/vi.md`, problems);
  const enPath = join(folder, 'en.md');
  const en = existsSync(enPath) ? parseFile(root, enPath, problems) : null;
  // An en.md with nothing filled in (as `npm run new` writes it) means "not translated yet".
  const blankEn = en !== null && Object.keys(en.data).length === 0 && !en.body.trim();
  const enData = en && !blankEn && validate(translationSchemas[kind], en, `${dir}/en.md`, problems);
  if (!data || (en && !blankEn && !enData)) return null;
  const entry = {
    kind,
    slug,
    dir,
    data,
    en: enData || null,
    body: { vi: vi.body, en: !blankEn && en?.body.trim() ? en.body : null },
  } as Entry;
  problems.push(...checkImages(root, entry, vi.lineOf, en?.lineOf), ...checkWords(entry, vi.lineOf, en?.lineOf));
  problems.push(...checkBody(`${dir}/vi.md`, vi), ...checkPlaceholders(`${dir}/vi.md`, vi.data, vi.lineOf));
  if (en && !blankEn) problems.push(...checkBody(`${dir}/en.md`, en), ...checkPlaceholders(`${dir}/en.md`, en.data, en.lineOf));
  return entry;
}

function parseFile(root: string, path: string, problems: Problem[]): ParsedFile | null {
  try {
    return parseFrontmatter(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    const problem: Problem = { severity: 'error', file: rel(root, path), key: error.key, values: { detail: error.detail } };
    if (error.line !== undefined) problem.line = error.line;
    problems.push(problem);
    return null;
  }
}

/** Validates with a schema; each zod issue becomes a problem with its line. */
function validate(schema: ZodType, parsed: ParsedFile, file: string, problems: Problem[]): unknown {
  // reportInput: messages quote the value the volunteer wrote (zod 4 leaves it out by default).
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const described of describeIssue(issue, (path) => knownKeys(schema, path))) {
      // The described field may go deeper than the issue (an unknown key sits under its parent).
      const path = described.field ? described.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : issue.path;
      const line = parsed.lineOf(path);
      problems.push({ severity: 'error', file, ...(line ? { line } : {}), ...described });
    }
  }
  return null;
}

/** Field names the schema allows at a path, for "did you mean" suggestions. */
function knownKeys(schema: ZodType, path: PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of path) node = childSchema(node, step);
  const shape = shapeOf(node);
  return shape ? Object.keys(shape) : [];
}

function unwrap(node: unknown): unknown {
  let def = (node as { def?: { innerType?: unknown; in?: unknown; type?: string } } | undefined)?.def;
  while (def && (def.innerType || (def.type === 'pipe' && def.in))) {
    node = def.innerType ?? def.in;
    def = (node as { def?: typeof def }).def;
  }
  return node;
}

function shapeOf(node: unknown): Record<string, unknown> | undefined {
  return (unwrap(node) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
}

function childSchema(node: unknown, step: PropertyKey): unknown {
  const inner = unwrap(node) as { def?: { element?: unknown } } | undefined;
  if (typeof step === 'number') return inner?.def?.element;
  return shapeOf(inner)?.[String(step)];
}
