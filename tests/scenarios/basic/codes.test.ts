/**
 * Permanent codes end to end: a small fixture site copied into a temp folder is built again and
 * again as volunteers would change it — rename, delete, retire, add — and every printed code must
 * keep leading somewhere, or the build must stop and leave the last good site in place.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { ROOT, runBuild } from '../../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'langso-codes-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync(join(ROOT, 'tests/scenarios/basic/fixture'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = () => runBuild(content, out, { LANGSO_LANG: 'en', LANGSO_TODAY: '2026-06-01' });
const built = (rel: string): string => readFileSync(join(out, rel), 'utf8');
const registry = (): string => readFileSync(join(content, 'codes.yaml'), 'utf8');

describe('permanent codes', { timeout: 60_000 }, () => {
  it('serves every code at q/<code>/ and Q/<CODE>/, byte for byte, without changing the seeded registry', async () => {
    const before = registry();
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(built('q/dt01/index.html')).toBe(built('Q/DT01/index.html'));
    expect(built('q/dt01/index.html')).toContain('href="/lang-thu/di-tich/den-thu/"');
    expect(built('q/sp01/index.html')).toContain('href="/lang-thu/en/products/banh-thu/"');
    expect(registry()).toBe(before);
    expect(output).not.toContain('upper from lower case'); // Linux tells Q/ from q/
  });

  it('writes host rewrites from Q/<CODE>/ to q/<code>/ for every code, each to a built page', () => {
    const rules = built('_redirects')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    const codes = checkSite(ROOT, content).entries.map((e) => e.data.code);
    expect(rules.length).toBeGreaterThanOrEqual(2 * codes.length);
    for (const code of codes) expect(rules).toContainEqual([`/lang-thu/Q/${code.toUpperCase()}/`, `/lang-thu/q/${code}/`, '200']);
    for (const [, to, status] of rules) {
      expect(status).toBe('200');
      expect(existsSync(join(out, to!.replace('/lang-thu/', ''), 'index.html')), to).toBe(true);
    }
  });

  it('a renamed entry keeps its code, and its old URLs redirect', async () => {
    renameSync(join(content, 'relics/den-thu'), join(content, 'relics/den-moi'));
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(built('Q/DT01/index.html')).toContain('href="/lang-thu/en/relics/den-moi/"');
    expect(built('di-tich/den-thu/index.html')).toContain('content="0;url=/lang-thu/di-tich/den-moi/"');
    expect(built('en/relics/den-thu/index.html')).toContain('content="0;url=/lang-thu/en/relics/den-moi/"');
    expect(registry()).toMatch(/dt01:\n {2}kind: relic\n {2}slug: den-moi\n[\s\S]*formerFolders:\n {4}- relics\/den-thu/);
  });

  it('deleting an entry stops the build, naming the code, and the last good site stays', async () => {
    const saved = join(work, 'banh-thu');
    renameSync(join(content, 'products/banh-thu'), saved);
    const { code, output } = await build();
    expect(code).not.toBe(0);
    expect(output).toContain('The code “sp01” is printed on a QR plaque');
    expect(output).toContain('products/banh-thu (Bánh Đậu Xanh Thử)');
    expect(output).toContain('aliases: [sp01]');
    expect(existsSync(join(out, 'q/sp01/index.html'))).toBe(true);
  });

  it('a retired code keeps a page in both languages', async () => {
    const retired = '  retired:\n    date: 2026-06-01\n    note:\n      vi: Cửa hàng đã đóng.\n      en: The shop has closed.\n';
    writeFileSync(join(content, 'codes.yaml'), registry().replace(/(sp01:\n(?: {2}.*\n)+)/, `$1${retired}`));
    const { code, output } = await build();
    expect(code, output).toBe(0);
    const page = built('Q/SP01/index.html');
    expect(page).toBe(built('q/sp01/index.html'));
    expect(page).toContain('Cửa hàng đã đóng.');
    expect(page).toContain('The shop has closed.');
    expect(page).toContain('href="/lang-thu/en/"');
  });

  it('a new entry gets its code written into the registry', async () => {
    cpSync(join(work, 'banh-thu'), join(content, 'products/banh-moi'), { recursive: true });
    const vi = join(content, 'products/banh-moi/vi.md');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace('code: sp01', 'code: sp02'));
    const { code, output } = await build();
    expect(code, output).toBe(0);
    expect(registry()).toContain('sp02:\n  kind: product\n  slug: banh-moi\n  title: Bánh Đậu Xanh Thử\n  issued: 2026-06-01\n');
    expect(built('q/sp02/index.html')).toContain('/lang-thu/dac-san/banh-moi/');
  });

  it('a code used twice (as code or alias) names both files', () => {
    const vi = join(content, 'teams/to-thu/vi.md');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace(/^code: (\w+)$/m, 'code: $1\naliases: [sp02]'));
    const text = formatProblems(checkSite(ROOT, content).problems, 'en');
    expect(text).toContain('products/banh-moi/vi.md');
    expect(text).toMatch(/teams\/to-thu\/vi\.md[\s\S]*“sp02”/);
  });

  it('changing an entry’s code without keeping the old one stops with the old code', () => {
    const vi = join(content, 'teams/to-thu/vi.md');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace(/^code: \w+$/m, 'code: td09'));
    const problems = checkSite(ROOT, content).problems.filter((p) => p.key === 'codeMissing');
    expect(problems.map((p) => p.values?.['code'])).toEqual(['td01']);
  });
});
