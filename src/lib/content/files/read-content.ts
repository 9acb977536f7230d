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
import { checkFestivalNames, type Festival } from '../festival-schema.ts';
import { checkMedia } from './media-checks.ts';
import { checkBody, checkPlaceholders, checkWords } from '../text-checks.ts';
import type { Problem } from '../problems.ts';
import { entrySchemas, KIND_DIRS, KINDS, translationSchemas, type Kind } from '../schema.ts';
import type { Site } from '../site-schema.ts';
import { validate } from '../validate.ts';
import { entryFile, HAND_LAYOUT, layoutOf, strayFiles, type EntryFiles } from '../layout.ts';
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
  const names = readdirSync(folder);
  const mdx = names.filter((f) => /\.mdx$/i.test(f));
  problems.push(...folderProblems(name, slug, dir, mdx));
  const at = folderLayout(names, dir, problems);
  const files = at.files ?? HAND_LAYOUT;
  const viPath = join(folder, files.vi);
  if (!existsSync(viPath)) {
    if (!mdx.length) problems.push({ severity: 'error', file: entryFile(at, 'vi'), key: 'missingVi' });
    return null;
  }
  const vi = parseFile(root, viPath, problems);
  const data = vi && validate(entrySchemas[kind], vi, entryFile(at, 'vi'), problems);
  const enPath = join(folder, files.en);
  const en = existsSync(enPath) ? parseFile(root, enPath, problems) : null;
  // An en.md with nothing filled in (as `npm run new` writes it) means "not translated yet".
  const blankEn = en !== null && Object.keys(en.data).length === 0 && !en.body.trim();
  const enData = en && !blankEn && validate(translationSchemas[kind], en, entryFile(at, 'en'), problems);
  if (!vi || !data || (en && !blankEn && !enData)) return null;
  const entry = {
    kind,
    slug,
    dir,
    data,
    en: enData || null,
    body: { vi: vi.body, en: !blankEn && en?.body.trim() ? en.body : null },
    ...(at.files ? { files: at.files } : {}),
  } as Entry;
  problems.push(...entryProblems(root, at, entry, vi, en && !blankEn ? en : undefined, entryChecks));
  return entry;
}

/** Every check of one entry read: photos, words, festival names, the build's own checks, texts and placeholders. */
function entryProblems(
  root: string,
  at: { dir: string; files?: EntryFiles },
  entry: Entry,
  vi: ParsedFile,
  en: ParsedFile | undefined,
  entryChecks: EntryCheck[],
): Problem[] {
  const problems = [...checkImages(root, entry, vi.lineOf, en?.lineOf), ...checkWords(entry, vi.lineOf, en?.lineOf)];
  problems.push(...checkBodyImages(root, entry), ...checkMedia(root, entry, vi.lineOf, en?.lineOf));
  if ('festivals' in entry.data && entry.data.festivals)
    problems.push(
      ...checkFestivalNames(at.dir, entry.data.festivals, (entry.en as { festivals?: Festival[] } | null)?.festivals, en?.lineOf),
    );
  for (const check of entryChecks) problems.push(...check(entry, vi.lineOf, en?.lineOf));
  const [viFile, enFile] = [entryFile(at, 'vi'), entryFile(at, 'en')];
  problems.push(...checkBody(viFile, vi), ...checkPlaceholders(viFile, vi.data, vi.lineOf));
  if (en) problems.push(...checkBody(enFile, en), ...checkPlaceholders(enFile, en.data, en.lineOf));
  return problems;
}

/** By hand: vi.md + en.md; from the web editor: index.vi.md + index.en.md (`../layout.ts`). */
function folderLayout(names: string[], dir: string, problems: Problem[]): { dir: string; files?: EntryFiles } {
  const files = layoutOf(names);
  const at = { dir, ...(files === HAND_LAYOUT ? {} : { files }) };
  for (const stray of strayFiles(names, files))
    problems.push({ severity: 'error', file: `${dir}/${stray}`, key: 'twoLayouts', values: { used: entryFile(at, 'vi') } });
  return at;
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
