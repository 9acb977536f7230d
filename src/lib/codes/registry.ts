/**
 * The registry of issued codes (`content/codes.yaml`): every code ever printed on a plaque, which
 * entry it leads to, and the codes retired. A printed code is forever, so a code in the registry
 * must always lead somewhere: to an entry, or to a short "moved / closed" page. Pure functions:
 * the file is read and written by `codes-file.ts`.
 */
import { LineCounter, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import { codesOf, type Entry } from '../content/entries.ts';
import { entryFile } from '../content/layout.ts';
import type { Problem } from '../content/problems.ts';
import { KIND_DIRS, KINDS, type Kind } from '../content/schema.ts';
import { yamlProblem } from '../content/yaml-errors.ts';
import { lineOf } from '../content/frontmatter.ts';

const day = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** Why a code no longer leads to an entry, and where readers go instead. */
const retiredSchema = z.strictObject({
  date: day,
  note: z.strictObject({ vi: z.string(), en: z.string() }),
  /** Another code (`dt02`) or a site path (`/di-tich/`) to send readers to. */
  to: z.string().optional(),
});

/** One issued code, as `content/codes.yaml` records it. */
const issuedSchema = z.strictObject({
  kind: z.enum(KINDS),
  slug: z.string().min(1),
  /** The entry's Vietnamese title when the code was last seen, for people reading the file. */
  title: z.string().optional(),
  /** The date the code was first issued (YYYY-MM-DD). */
  issued: day,
  /** Folders the entry had before, e.g. `relics/ten-cu`: their old URLs keep redirecting. */
  formerFolders: z.array(z.string()).optional(),
  retired: retiredSchema.optional(),
});

export type Retired = z.infer<typeof retiredSchema>;
export type Issued = z.infer<typeof issuedSchema>;

/** Codes (lower case) to what was issued. */
export type Registry = Record<string, Issued>;

export const HEADER = `# Mã đã cấp — KHÔNG XOÁ mã nào khỏi tệp này.
# Mỗi mã từng in lên biển QR phải luôn mở được một trang. Lệnh npm run build tự ghi mã mới vào đây.
# Muốn thôi dùng một mã (di tích đã bỏ, sản phẩm ngừng bán), thêm vào mã đó:
#   retired: { date: 2026-05-01, note: { vi: "Lý do", en: "Reason" } }
# (có thể thêm to: dt02 hoặc to: /di-tich/ để đưa người đọc sang trang khác).
#
# Issued codes — NEVER delete a code from this file.
# Every code ever printed on a QR plaque must always open a page. npm run build adds new codes here.
# To stop using a code (entry closed or removed), add to it the retired: lines above
# (optionally to: another code or a site path to send readers there).
`;

/** Parses the registry text; problems name `file`. An empty or absent file is an empty registry. */
export function parseRegistry(text: string, file: string): { registry: Registry; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) return { registry: {}, problems: [{ severity: 'error', file, ...yamlProblem(text, first, lineCounter) }] };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const registry: Registry = {};
  const problems: Problem[] = [];
  for (const [code, value] of Object.entries(data)) {
    const parsed = issuedSchema.safeParse(value);
    if (parsed.success) registry[code.toLowerCase()] = parsed.data;
    else {
      const path = [code, ...parsed.error.issues[0]!.path];
      const line = lineOf(doc, lineCounter, path, 0);
      const at = { file, field: path.map(String).join('.'), ...(line ? { line } : {}) };
      problems.push({ severity: 'error', ...at, key: 'codeRegistry', values: { code } });
    }
  }
  return { registry, problems };
}

/** The registry as YAML, codes sorted, so each build changes as few lines as possible. */
export function stringifyRegistry(registry: Registry): string {
  const sorted = Object.fromEntries(
    Object.keys(registry)
      .sort()
      .map((code) => [code, registry[code]]),
  );
  return `${HEADER}\n${Object.keys(sorted).length ? stringify(sorted, { lineWidth: 0 }) : ''}`;
}

const folderOf = (kind: Kind, slug: string): string => `${KIND_DIRS[kind]}/${slug}`;

/** Whose code is whose among the current entries (codes and aliases). */
function holders(entries: Entry[]): Map<string, Entry> {
  const map = new Map<string, Entry>();
  for (const entry of entries) for (const code of codesOf(entry)) if (!map.has(code)) map.set(code, entry);
  return map;
}

/** Records that a code now leads to `entry`: follows renames and moves, remembering the old folder. */
function follow(issued: Issued, entry: Entry): Issued {
  const next: Issued = { ...issued, kind: entry.kind, slug: entry.slug, title: entry.data.title };
  const old = folderOf(issued.kind, issued.slug);
  if (old !== folderOf(entry.kind, entry.slug)) next.formerFolders = [...new Set([...(issued.formerFolders ?? []), old])].sort();
  return next;
}

export interface Reconciled {
  /** The registry as it will be written after a successful build. */
  registry: Registry;
  problems: Problem[];
}

/**
 * Compares the registry with the entries: new codes are issued `today`, renamed entries take their
 * codes along, and a code that leads nowhere (not on any entry, not retired) is an error.
 * `exists(kind, slug)` says whether an entry folder is still there (then its own errors explain it).
 */
export function reconcile(
  registry: Registry,
  entries: Entry[],
  today: string,
  file: string,
  exists: (kind: Kind, slug: string) => boolean = () => false,
): Reconciled {
  const byCode = holders(entries);
  const next: Registry = {};
  const problems: Problem[] = [];
  for (const [code, issued] of Object.entries(registry)) {
    const entry = byCode.get(code);
    if (entry && issued.retired) problems.push(reusedProblem(code, entry));
    if (entry) next[code] = follow(issued, entry);
    else next[code] = issued;
    if (!entry && !issued.retired && !exists(issued.kind, issued.slug)) problems.push(missingProblem(code, issued, today, file));
  }
  for (const [code, entry] of byCode) {
    next[code] ??= { kind: entry.kind, slug: entry.slug, title: entry.data.title, issued: today };
  }
  return { registry: next, problems };
}

function reusedProblem(code: string, entry: Entry): Problem {
  return { severity: 'error', file: entryFile(entry, 'vi'), field: 'code', key: 'codeRetiredReused', values: { code } };
}

function missingProblem(code: string, issued: Issued, today: string, file: string): Problem {
  const retired = { retired: { date: today, note: { vi: 'Trang này đã đóng.', en: 'This page has closed.' } } };
  const yaml = stringify({ [code]: retired })
    .trimEnd()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  const entry = `${folderOf(issued.kind, issued.slug)}${issued.title ? ` (${issued.title})` : ''}`;
  return { severity: 'error', file, field: code, key: 'codeMissing', values: { code, entry, yaml } };
}

/** A target of a retired code: another code's landing path or a path of the site, relative to the base. */
export function retiredTarget(retired: Retired): string | undefined {
  if (!retired.to) return undefined;
  if (retired.to.startsWith('/')) return retired.to.replace(/^\/+/, '');
  return `q/${retired.to.toLowerCase()}/`;
}
