/**
 * Reading and writing `content/codes.yaml`, the registry of issued codes (see `registry.ts`).
 * The check room reconciles it with the entries on every pass; `scripts/build.ts` saves it after a
 * successful build, which is when new codes count as issued.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseRegistry, reconcile, stringifyRegistry, type Reconciled, type Registry } from './registry.ts';
import type { Entry } from '../content/entries.ts';
import { KIND_DIRS } from '../content/schema.ts';
import { EDITOR_LAYOUT, HAND_LAYOUT } from '../content/layout.ts';

/** Today in UTC as YYYY-MM-DD (`LANGSO_TODAY` fixes it for tests). */
export const today = (): string => process.env['LANGSO_TODAY'] ?? new Date().toISOString().slice(0, 10);

/** The registry compared with the entries of a content folder (`contentDir` relative to `root`). */
export function reconcileFile(root: string, contentDir: string, entries: Entry[]): Reconciled {
  const dir = resolve(root, contentDir);
  const file = `${contentDir.replace(/\/$/, '')}/codes.yaml`;
  const path = join(dir, 'codes.yaml');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const parsed = parseRegistry(text, file);
  // A folder still there whose entry did not validate has its own errors: don't blame its code too.
  const exists = (kind: keyof typeof KIND_DIRS, slug: string): boolean =>
    [HAND_LAYOUT, EDITOR_LAYOUT].some((files) => existsSync(join(dir, KIND_DIRS[kind], slug, files.vi))) &&
    !entries.some((e) => e.kind === kind && e.slug === slug);
  const result = reconcile(parsed.registry, entries, today(), file, exists);
  return { registry: result.registry, problems: [...parsed.problems, ...result.problems] };
}

/** Writes the updated registry if it changed; returns whether it did. Call only after a successful build. */
export function saveRegistry(root: string, contentDir: string, registry: Registry): boolean {
  const path = join(resolve(root, contentDir), 'codes.yaml');
  const text = stringifyRegistry(registry);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
