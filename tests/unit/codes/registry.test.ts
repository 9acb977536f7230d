import { describe, expect, it } from 'vitest';
import { parseRegistry, reconcile, retiredTarget, stringifyRegistry, type Registry } from '../../../src/lib/codes/registry.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import type { Entry } from '../../../src/lib/content/entries.ts';

const FILE = 'content/codes.yaml';
const entry = (slug: string, code: string, aliases: string[] = []): Entry =>
  ({
    kind: 'relic',
    slug,
    dir: `content/relics/${slug}`,
    data: { code, aliases, title: `Đền ${slug}` },
    en: null,
    body: { vi: '', en: null },
  }) as unknown as Entry;
const issued = (slug: string): Registry[string] => ({ kind: 'relic', slug, issued: '2026-01-01' });

describe('registry file', () => {
  it('round-trips, sorted by code, with the bilingual header', () => {
    const registry: Registry = { dt02: issued('b'), dt01: issued('a') };
    const text = stringifyRegistry(registry);
    expect(text).toMatch(/^# Mã đã cấp/);
    expect(text).toContain('# Issued codes');
    expect(text.indexOf('dt01:')).toBeLessThan(text.indexOf('dt02:'));
    expect(parseRegistry(text, FILE)).toEqual({ registry: { dt01: issued('a'), dt02: issued('b') }, problems: [] });
  });

  it('reads unquoted dates and names a malformed code', () => {
    const { registry, problems } = parseRegistry(
      'dt01:\n  kind: relic\n  slug: a\n  issued: 2026-01-01\ndt02:\n  kind: temple\n  slug: b\n  issued: 2026-01-01\n',
      FILE,
    );
    expect(registry).toEqual({ dt01: issued('a') });
    expect(problems).toMatchObject([{ key: 'codeRegistry', field: 'dt02.kind', file: FILE }]);
  });
});

describe('reconcile', () => {
  it('issues new codes today and leaves known ones alone', () => {
    const { registry, problems } = reconcile(
      { dt01: { ...issued('a'), title: 'Đền a' } },
      [entry('a', 'dt01'), entry('b', 'dt02')],
      '2026-05-01',
      FILE,
    );
    expect(problems).toEqual([]);
    expect(registry['dt01']!.issued).toBe('2026-01-01');
    expect(registry['dt02']).toEqual({ kind: 'relic', slug: 'b', title: 'Đền b', issued: '2026-05-01' });
  });

  it('follows a renamed entry and remembers its old folder', () => {
    const { registry, problems } = reconcile({ dt01: issued('old') }, [entry('new', 'dt01')], '2026-05-01', FILE);
    expect(problems).toEqual([]);
    expect(registry['dt01']).toMatchObject({ slug: 'new', formerFolders: ['relics/old'] });
  });

  it('follows a code kept as an alias on another entry', () => {
    const { registry, problems } = reconcile({ dt01: issued('a') }, [entry('b', 'dt02', ['dt01'])], '2026-05-01', FILE);
    expect(problems).toEqual([]);
    expect(registry['dt01']).toMatchObject({ slug: 'b', formerFolders: ['relics/a'] });
  });

  it('stops on a code that leads nowhere, saying how to retire it', () => {
    const { problems } = reconcile({ dt01: { ...issued('a'), title: 'Đền A' } }, [], '2026-05-01', FILE);
    expect(problems).toMatchObject([
      { severity: 'error', key: 'codeMissing', file: FILE, values: { code: 'dt01', entry: 'relics/a (Đền A)' } },
    ]);
    const text = formatProblem(problems[0]!, 'en');
    expect(text).toContain('aliases: [dt01]');
    expect(text).toContain('retired:');
    expect(text).toContain('date: 2026-05-01');
    expect(formatProblem(problems[0]!, 'vi')).toContain('Mã “dt01” đã in trên biển QR');
  });

  it('does not blame the registry while the entry folder is still there (its own errors explain it)', () => {
    expect(reconcile({ dt01: issued('a') }, [], '2026-05-01', FILE, () => true).problems).toEqual([]);
  });

  it('accepts a retired code, and refuses to hand it out again', () => {
    const retired = { ...issued('a'), retired: { date: '2026-02-01', note: { vi: 'Đã đóng', en: 'Closed' } } };
    expect(reconcile({ dt01: retired }, [], '2026-05-01', FILE).problems).toEqual([]);
    expect(reconcile({ dt01: retired }, [entry('b', 'dt01')], '2026-05-01', FILE).problems).toMatchObject([
      { key: 'codeRetiredReused', file: 'content/relics/b/vi.md' },
    ]);
  });

  it('sends a retired code to another code or a site path', () => {
    const note = { vi: '', en: '' };
    expect(retiredTarget({ date: '', note, to: 'DT02' })).toBe('q/dt02/');
    expect(retiredTarget({ date: '', note, to: '/di-tich/' })).toBe('di-tich/');
    expect(retiredTarget({ date: '', note })).toBeUndefined();
  });
});
