/**
 * Problems as named data: every problem name has its two messages in both languages and is given
 * by the code, and `site.yaml` problems point at their line. The texts themselves are locked in
 * `problem-texts.test.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import vi from '../../../src/i18n/vi.json' with { type: 'json' };
import { PROBLEM_KEYS, PROBLEM_LABELS } from '../../../src/lib/content/problem-keys.ts';
import { parseRegistry } from '../../../src/lib/codes/registry.ts';
import type { Problem } from '../../../src/lib/content/problems.ts';
import { check, copySite, edit, ROOT } from '../../scenarios/authoring/helpers.ts';

const SITE = 'site.yaml';

/** The problems of `site.yaml` in a changed copy of the fixture. */
function siteProblems(change: (root: string) => void): Problem[] {
  const root = copySite();
  change(root);
  return check(root).problems.filter((p) => p.file === 'content/site.yaml');
}

/** Every source file of `src/`, read. */
function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [readFileSync(join(dir, e.name), 'utf8')] : [],
  );
}

describe('problem names', () => {
  const names = new Set<string>(PROBLEM_KEYS);

  it('have a message and a fix in Vietnamese and in English', () => {
    const missing = (messages: Record<string, string>) =>
      PROBLEM_KEYS.flatMap((k) => [`problem.${k}`, `problem.${k}.fix`]).filter((m) => !messages[m]?.trim());
    expect({ vi: missing(vi), en: missing(en) }).toEqual({ vi: [], en: [] });
  });

  it('leave no problem message unused', () => {
    const labels = new Set<string>(PROBLEM_LABELS);
    const unused = (messages: Record<string, string>) =>
      Object.keys(messages)
        .filter((m) => m.startsWith('problem.'))
        .map((m) => m.slice('problem.'.length))
        .filter((k) => !labels.has(k) && !names.has(k.replace(/\.fix$/, '')));
    expect({ vi: unused(vi), en: unused(en) }).toEqual({ vi: [], en: [] });
  });

  it('are each given by the code somewhere, not only listed', () => {
    const code = sources()
      .filter((text) => !text.includes('export const PROBLEM_KEYS'))
      .join('\n');
    expect(PROBLEM_KEYS.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
  });

  it('are unique', () => {
    expect(names.size).toBe(PROBLEM_KEYS.length);
  });
});

describe('site.yaml problems point at their line', () => {
  it('a plaque size', () => {
    const problems = siteProblems((root) => edit(root, SITE, /$/, 'plaque:\n  orientation: portrait\n  size: A7\n'));
    expect(problems).toMatchObject([{ key: 'notInListOrFields', field: 'plaque.size', line: 11 }]);
  });

  it('a base URL', () => {
    const problems = siteProblems((root) => edit(root, SITE, 'baseUrl: https://example.org/', 'baseUrl: example.org'));
    expect(problems).toMatchObject([{ key: 'badUrl', field: 'baseUrl', line: 4 }]);
  });

  it('an area id', () => {
    const problems = siteProblems((root) => edit(root, SITE, 'id: xa-mau', 'id: Xã Mẫu'));
    expect(problems).toMatchObject([{ key: 'areaId', field: 'areas.0.id', line: 7, values: { input: 'Xã Mẫu' } }]);
  });

  it('a name without its two languages', () => {
    const problems = siteProblems((root) => edit(root, SITE, /name: \{ vi: "Làng Mẫu".*\n/, 'name: Làng Mẫu\n'));
    expect(problems).toMatchObject([{ key: 'notGroup', field: 'name', line: 3, values: { example: 'name: { vi: …, en: … }' } }]);
  });

  it('YAML it cannot read: a field written twice, a Tab, an unclosed quote', () => {
    const twice = siteProblems((root) => edit(root, SITE, /$/, 'baseUrl: https://example.org/lang/\n'));
    expect(twice).toMatchObject([{ key: 'yamlDuplicate', line: 9, values: { name: 'baseUrl' } }]);
    const tab = siteProblems((root) => edit(root, SITE, '  - id: xa-mau', '\t- id: xa-mau'));
    expect(tab).toMatchObject([{ key: 'yamlTab', line: 7 }]);
    const quote = siteProblems((root) => edit(root, SITE, 'baseUrl: https://example.org/', 'baseUrl: "https://example.org/'));
    expect(quote).toMatchObject([{ key: 'unclosedQuote', line: 4 }]);
  });

  it('a field pushed in by spaces points at that field, not the line above', () => {
    const pushed = siteProblems((root) => edit(root, SITE, 'baseUrl: https://example.org/', '  baseUrl: https://example.org/'));
    expect(pushed).toMatchObject([{ key: 'yamlIndent', line: 4, values: { name: 'baseUrl' } }]);
  });
});

describe('codes.yaml problems point at their line', () => {
  const FILE = 'content/codes.yaml';

  it('a code written wrong', () => {
    const text = 'dt01:\n  kind: relic\n  slug: a\n  issued: 2026-01-01\ndt02:\n  kind: temple\n  slug: b\n  issued: 2026-01-01\n';
    expect(parseRegistry(text, FILE).problems).toMatchObject([{ key: 'codeRegistry', field: 'dt02.kind', line: 6 }]);
  });

  it('YAML it cannot read', () => {
    const text =
      'dt01:\n  kind: relic\n  slug: a\n  issued: 2026-01-01\n  retired: { date: 2026-05-01, note: { vi: "Đã đóng", en: "Closed" }\n';
    expect(parseRegistry(text, FILE).problems).toMatchObject([{ key: 'unclosedBracket', line: 5, values: { close: '}' } }]);
  });
});
