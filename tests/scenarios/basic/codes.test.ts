/**
 * Permanent codes end to end: the basic fixture changed as volunteers would change it — rename,
 * delete, retire, add — each test on its own fresh copy in a temp folder. Every printed code must
 * keep leading somewhere, or the build must stop and leave the last good site in place.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { contentOf, outDir, ROOT, runBuild } from '../../support/sites.ts';

const FIXTURE = join(import.meta.dirname, 'fixture');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the fixture in its own temp folder, with what a test does to it. */
function fresh() {
  const work = mkdtempSync(join(tmpdir(), 'langso-codes-'));
  temps.push(work);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  cpSync(FIXTURE, content, { recursive: true });
  const file = (rel: string): string => join(content, rel);
  return {
    content,
    out,
    build: () => runBuild(content, out, { LANGSO_LANG: 'en', LANGSO_TODAY: '2026-06-01' }),
    built: (rel: string): string => readFileSync(join(out, rel), 'utf8'),
    registry: (): string => readFileSync(file('codes.yaml'), 'utf8'),
    move: (from: string, to: string): void => renameSync(file(from), file(to)),
    /** Replaces text in a content file; fails loudly when the text is not there. */
    edit(rel: string, from: string | RegExp, to: string): void {
      const text = readFileSync(file(rel), 'utf8');
      if (!text.match(from)) throw new Error(`${rel}: ${String(from)} not found`);
      writeFileSync(file(rel), text.replace(from, to));
    },
    problems: () => checkSite(ROOT, content).problems,
  };
}

const RETIRED = '  retired:\n    date: 2026-06-01\n    note:\n      vi: Cửa hàng đã đóng.\n      en: The shop has closed.\n';

describe('permanent codes', { timeout: 120_000 }, () => {
  it('leaves a registry that already lists every code as it was', () => {
    // The global setup built a copy of this fixture: its codes.yaml came through unchanged.
    expect(existsSync(join(outDir('basic'), 'q/dt01/index.html'))).toBe(true);
    expect(readFileSync(join(contentOf('basic'), 'codes.yaml'), 'utf8')).toBe(readFileSync(join(FIXTURE, 'codes.yaml'), 'utf8'));
  });

  it('a renamed entry keeps its code, and its old URLs redirect', async () => {
    const site = fresh();
    site.move('relics/den-thu', 'relics/den-moi');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(site.built('Q/DT01/index.html')).toContain('href="/lang-thu/en/relics/den-moi/"');
    expect(site.built('di-tich/den-thu/index.html')).toContain('content="0;url=/lang-thu/di-tich/den-moi/"');
    expect(site.built('en/relics/den-thu/index.html')).toContain('content="0;url=/lang-thu/en/relics/den-moi/"');
    expect(site.registry()).toMatch(/dt01:\n {2}kind: relic\n {2}slug: den-moi\n[\s\S]*formerFolders:\n {4}- relics\/den-thu/);
  });

  it('deleting an entry stops the build, naming the code, and the last good site stays', async () => {
    const site = fresh();
    cpSync(outDir('basic'), site.out, { recursive: true }); // the last good build of this content
    const before = site.built('q/sp01/index.html');
    rmSync(join(site.content, 'products/banh-thu'), { recursive: true });
    const { code, output } = await site.build();
    expect(code).not.toBe(0);
    expect(output).toContain('The code “sp01” is printed on a QR plaque');
    expect(output).toContain('products/banh-thu (Bánh Đậu Xanh Thử)');
    expect(output).toContain('aliases: [sp01]');
    expect(site.built('q/sp01/index.html')).toBe(before);
    expect(existsSync(`${site.out}.new`)).toBe(false);
  });

  it('a retired code keeps a page in both languages', async () => {
    const site = fresh();
    rmSync(join(site.content, 'products/banh-thu'), { recursive: true });
    site.edit('codes.yaml', /(sp01:\n(?: {2}.*\n)+)/, `$1${RETIRED}`);
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    const page = site.built('Q/SP01/index.html');
    expect(page).toBe(site.built('q/sp01/index.html'));
    expect(page).toContain('Cửa hàng đã đóng.');
    expect(page).toContain('The shop has closed.');
    expect(page).toContain('href="/lang-thu/en/"');
    expect(existsSync(join(site.out, 'dac-san/banh-thu/index.html'))).toBe(false);
  });

  it('a new entry gets its code written into the registry', async () => {
    const site = fresh();
    cpSync(join(site.content, 'products/banh-thu'), join(site.content, 'products/banh-moi'), { recursive: true });
    site.edit('products/banh-moi/vi.md', 'code: sp01', 'code: sp02');
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    expect(output).toContain('Recorded new codes in');
    expect(site.registry()).toContain('sp02:\n  kind: product\n  slug: banh-moi\n  title: Bánh Đậu Xanh Thử\n  issued: 2026-06-01\n');
    expect(site.built('q/sp02/index.html')).toContain('/lang-thu/dac-san/banh-moi/');
  });

  it('a code used twice (as code or alias) names both files', () => {
    const site = fresh();
    site.edit('teams/to-thu/vi.md', /^code: (\w+)$/m, 'code: $1\naliases: [sp01]');
    const text = formatProblems(site.problems(), 'en');
    expect(text).toContain('products/banh-thu/vi.md');
    expect(text).toMatch(/teams\/to-thu\/vi\.md[\s\S]*“sp01”/);
  });

  it('changing an entry’s code without keeping the old one stops with the old code', () => {
    const site = fresh();
    site.edit('teams/to-thu/vi.md', /^code: \w+$/m, 'code: td09');
    const problems = site.problems().filter((p) => p.key === 'codeMissing');
    expect(problems.map((p) => p.values?.['code'])).toEqual(['td01']);
  });
});
