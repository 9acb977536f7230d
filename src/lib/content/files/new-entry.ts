/**
 * `npm run new`: a new entry folder from the templates in `templates/`, with its slug folded from
 * the Vietnamese title and a fresh code that no entry and no registered code has ever used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cleanText, slugify } from '../text.ts';
import type { Problem } from '../problems.ts';
import { readSite } from './site-file.ts';
import { KIND_DIRS, KINDS, type Kind } from '../schema.ts';

/** Code prefix per kind: di tích, sản phẩm, tổ (công nghệ số), lưu trú, hướng dẫn. */
export const CODE_PREFIX: Record<Kind, string> = { relic: 'dt', product: 'sp', team: 'td', homestay: 'lt', guide: 'hd' };

/** Kinds by their English name or the Vietnamese word a volunteer may type instead. */
const KIND_NAMES: Record<string, Kind> = {
  ...Object.fromEntries(KINDS.map((k) => [k, k])),
  'di-tich': 'relic',
  'dac-san': 'product',
  to: 'team',
  'to-cong-nghe': 'team',
  'luu-tru': 'homestay',
  'nha-nghi': 'homestay',
  'huong-dan': 'guide',
};

/** A refusal, as an i18n key under `new.` with its values. */
export class NewEntryError extends Error {
  readonly key: string;
  readonly values: Record<string, string>;
  constructor(key: string, values: Record<string, string> = {}) {
    super(key);
    this.key = key;
    this.values = values;
  }
}

export interface NewEntry {
  kind: Kind;
  slug: string;
  code: string;
  /** The folder to create, relative to the root. */
  dir: string;
  files: { 'vi.md': string; 'en.md': string };
  /** Set when site.yaml could not be read and the area is a placeholder. */
  areaGuessed: boolean;
}

/** Every code written anywhere in the content or in `codes.yaml`, lower case. */
export function usedCodes(root: string, contentDir: string): Set<string> {
  const dir = resolve(root, contentDir);
  const texts: string[] = [];
  const registry = join(dir, 'codes.yaml');
  if (existsSync(registry)) texts.push(readFileSync(registry, 'utf8'));
  for (const kind of KINDS) {
    const kindDir = join(dir, KIND_DIRS[kind]);
    if (!existsSync(kindDir)) continue;
    for (const file of readdirSync(kindDir, { recursive: true }).map(String)) {
      if (/\.mdx?$/.test(file)) texts.push(readFileSync(join(kindDir, file), 'utf8'));
    }
  }
  // Scanning raw text rather than validated entries: a broken file's code is still taken.
  const codes = texts.flatMap((t) => [...t.matchAll(/\b([a-z]{2}\d+)\b/gi)].map((m) => m[1]!.toLowerCase()));
  return new Set(codes);
}

/** The next code of a kind: one above the highest ever used, so a retired code is never reissued. */
export function nextCode(kind: Kind, used: Set<string>): string {
  const prefix = CODE_PREFIX[kind];
  let highest = 0;
  for (const code of used) {
    const m = code.match(new RegExp(`^${prefix}(\\d+)$`));
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `${prefix}${String(highest + 1).padStart(2, '0')}`;
}

/** Prepares a new entry; throws {@link NewEntryError} for a bad kind or title, or an existing entry. */
export function prepareEntry(root: string, contentDir: string, kind: string, rawTitle: string, templates: string): NewEntry {
  const k = KIND_NAMES[kind.toLowerCase()];
  if (!k) throw new NewEntryError('badKind', { kind });
  const title = cleanText(rawTitle).trim();
  const slug = slugify(title);
  if (!slug) throw new NewEntryError('badTitle', { title });
  const folder = join(resolve(root, contentDir), KIND_DIRS[k], slug);
  const dir = relative(root, folder).split('\\').join('/');
  if (existsSync(folder)) throw new NewEntryError('exists', { slug, dir });
  const site = readSite(root, `${contentDir}/site.yaml`, [] as Problem[]);
  const areas = site?.areas ?? [{ id: 'xa-moi', name: { vi: 'Xã mới', en: 'New commune' } }];
  const code = nextCode(k, usedCodes(root, contentDir));
  const values: Record<string, string> = {
    code,
    title: JSON.stringify(title),
    area: areas[0]!.id,
    // A new guide's `checked:` (its writer follows the steps on a phone before publishing).
    today: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
    areas: areas.map((a) => `#   ${a.id} = ${a.name.vi}`).join('\n'),
  };
  const fill = (lang: 'vi' | 'en'): string =>
    readFileSync(join(templates, `${k}.${lang}.md`), 'utf8').replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  return { kind: k, slug, code, dir, files: { 'vi.md': fill('vi'), 'en.md': fill('en') }, areaGuessed: !site };
}
