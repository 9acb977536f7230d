/**
 * The migration to the web editor's layout keeps every entry as it was: same slugs, codes and data,
 * read from `index.vi.md`/`index.en.md`; a second run does nothing; a folder holding both layouts
 * is named as a problem and left alone.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveToEditorLayout, planEditorLayout } from '../../../src/lib/content/files/migrate-layout.ts';
import { readContent } from '../../../src/lib/content/files/read-content.ts';

const ROOT = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'lang-so-migrate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });

describe('npm run migrate (to the web editor’s layout)', () => {
  const before = readContent(work, 'content');
  const moved = moveToEditorLayout(work, 'content');
  const after = readContent(work, 'content');
  const bare = (entries: typeof before.entries) => entries.map(({ files: _files, ...e }) => e);

  it('renames vi.md and en.md of every entry folder', () => {
    expect(moved.length).toBeGreaterThanOrEqual(before.entries.length);
    expect(moved.every((r) => /\/(vi|en)\.md$/.test(r.from) && r.to === r.from.replace(/(vi|en)\.md$/, 'index.$1.md'))).toBe(true);
  });

  it('reads back the same entries, with the same problems named at the new file names', () => {
    expect(bare(after.entries)).toEqual(bare(before.entries));
    expect(after.entries.every((e) => e.files?.vi === 'index.vi.md')).toBe(true);
    const keys = (c: typeof before) => c.problems.map((p) => `${p.key} ${p.file.replace(/index\.(vi|en)\.md$/, '$1.md')}`);
    expect(keys(after)).toEqual(keys(before));
  });

  it('does nothing the second time, and names a folder holding both layouts', () => {
    expect(planEditorLayout(work, 'content')).toEqual([]);
    const entry = after.entries[0]!;
    writeFileSync(join(work, entry.dir, 'vi.md'), '---\ntitle: x\n---\n');
    const problems = readContent(work, 'content').problems.filter((p) => p.key === 'twoLayouts');
    // The hand-written vi.md is read; the editor's files left beside it are each named.
    expect(problems.map((p) => [p.severity, p.file])).toContainEqual(['error', `${entry.dir}/index.vi.md`]);
    expect(problems.every((p) => p.file.startsWith(`${entry.dir}/index.`))).toBe(true);
  });
});
