/**
 * Reads `content/`: site.yaml and every entry folder, validating as it goes. Content rules only:
 * codes and print checks are added by the check room (`src/lib/check/`), which is what the build,
 * its loaders and `npm run check` call, so a volunteer sees the same message whichever met it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../text.ts';
import { contentDir as defaultContentDir } from './location.ts';
import type { Entry } from '../entries.ts';
import { FrontmatterError, parseFrontmatter, type LineOf, type ParsedFile } from '../frontmatter.ts';
import { checkEntries } from '../checks.ts';
import { checkBodyImages, checkImages } from './photo-checks.ts';
import { checkBody, checkPlaceholders, checkWords } from '../text-checks.ts';
import type { Problem } from '../problems.ts';
import { entrySchemas, KIND_DIRS, KINDS, translationSchemas, type Kind } from '../schema.ts';
import type { Site } from '../site-schema.ts';
import { validate } from '../validate.ts';
import { readSite } from './site-file.ts';

export interface Content {
  site: Site | null;
  entries: Entry[];
  problems: Problem[];
}

/** A check of one entry that needs its files' line numbers (e.g. letters the plaque font lacks). */
export type EntryCheck = (entry: Entry, lineOfVi: LineOf, lineOfEn: LineOf | undefined) => Problem[];

/** Reads and validates the whole content folder. Never throws for bad content: it reports. */
export function readContent(root: string, contentDir = defaultContentDir(), entryChecks: EntryCheck[] = []): Content {
  const problems: Problem[] = [];
  const dir = resolve(root, contentDir);
  const site = readSite(root, `${contentDir}/site.yaml`, problems);
  const entries: Entry[] = [];
  for (const kind of KINDS) {
    const kindDir = join(dir, KIND_DIRS[kind]);
    if (!existsSync(kindDir)) continue;
    for (const name of readdirSync(kindDir).sort()) {
      if (name.startsWith('.') || !statSync(join(kindDir, name)).isDirectory()) continue;
      const entry = readEntry(root, kind, join(kindDir, name), problems, entryChecks);
      if (entry) entries.push(entry);
    }
  }
  problems.push(...checkEntries(entries, site));
  return { site, entries, problems };
}

const rel = (root: string, path: string): string => relative(root, path).split('\\').join('/');

/** The folder's own problems before its files are read: a name that is not its slug, `.mdx` files. */
function folderProblems(name: string, slug: string, dir: string, mdx: string[]): Problem[] {
  const problems: Problem[] = [];
  if (name !== slug)
    problems.push({ severity: 'warning', file: `${dir}/`, key: 'folderName', values: { name: name.normalize('NFC'), slug } });
  // MDX runs code at build time: no .mdx file in content/ is ever read, and each is named.
  for (const file of mdx) problems.push({ severity: 'error', file: `${dir}/${file}`, key: 'mdxNotAllowed' });
  return problems;
}

function readEntry(root: string, kind: Kind, folder: string, problems: Problem[], entryChecks: EntryCheck[]): Entry | null {
  const name = folder.split(/[\\/]/).pop()!;
  // A folder named on a Mac arrives in NFD; slugify folds either form to the same ASCII slug.
  const slug = slugify(name);
  const dir = rel(root, folder);
  const mdx = readdirSync(folder).filter((f) => /\.mdx$/i.test(f));
  problems.push(...folderProblems(name, slug, dir, mdx));
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
  if (!vi || !data || (en && !blankEn && !enData)) return null;
  const entry = {
    kind,
    slug,
    dir,
    data,
    en: enData || null,
    body: { vi: vi.body, en: !blankEn && en?.body.trim() ? en.body : null },
  } as Entry;
  const enFile = en && !blankEn ? en : undefined;
  problems.push(
    ...checkImages(root, entry, vi.lineOf, enFile?.lineOf),
    ...checkBodyImages(root, entry),
    ...checkWords(entry, vi.lineOf, enFile?.lineOf),
  );
  for (const check of entryChecks) problems.push(...check(entry, vi.lineOf, enFile?.lineOf));
  problems.push(...checkBody(`${dir}/vi.md`, vi), ...checkPlaceholders(`${dir}/vi.md`, vi.data, vi.lineOf));
  if (enFile) problems.push(...checkBody(`${dir}/en.md`, enFile), ...checkPlaceholders(`${dir}/en.md`, enFile.data, enFile.lineOf));
  return entry;
}

function parseFile(root: string, path: string, problems: Problem[]): ParsedFile | null {
  try {
    return parseFrontmatter(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    const problem: Problem = { severity: 'error', file: rel(root, path), key: error.key, values: error.values };
    if (error.line !== undefined) problem.line = error.line;
    problems.push(problem);
    return null;
  }
}
