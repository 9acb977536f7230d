/**
 * The build's word on whether its output fits the free hosts: files and bytes counted from the
 * folder, each host limit the site is over or close to, said in the volunteer's language.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useT } from '../../../src/i18n/index.ts';
import { hostFit, hostReport, measureOutput, type OutputSize } from '../../../src/lib/web/host-fit.ts';

const MB = 1024 * 1024;
const size = (files: number, bytes: number, largest = 1000): OutputSize => ({
  files,
  bytes,
  largest: { file: 'plaques/dt01.pdf', bytes: largest },
});

describe('measuring the output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-fit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every file in every folder, their bytes, and names the largest by its path in the site', () => {
    mkdirSync(join(dir, 'q/dt01'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
    writeFileSync(join(dir, 'q/dt01/index.html'), 'x'.repeat(300));
    writeFileSync(join(dir, 'q/a.txt'), 'x'.repeat(5));
    expect(measureOutput(dir)).toEqual({ files: 3, bytes: 315, largest: { file: join('q', 'dt01', 'index.html'), bytes: 300 } });
  });
});

describe('fitting the hosts', () => {
  it('says nothing of a commune’s site', () => {
    expect(hostFit(size(700, 30 * MB))).toEqual([]);
  });

  it('warns a site within a tenth of Cloudflare Pages’ 20,000 files, and says it is over past them', () => {
    expect(hostFit(size(19_242, 646 * MB))).toEqual([
      { host: 'Cloudflare Pages', measure: 'files', value: 19_242, limit: 20_000, over: false },
    ]);
    expect(hostFit(size(20_001, 646 * MB))).toMatchObject([{ host: 'Cloudflare Pages', measure: 'files', over: true }]);
  });

  it('puts the limits a province is over before those it is close to', () => {
    const fits = hostFit(size(186_655, 6.8e9, 30 * MB));
    expect(fits.map((f) => `${f.host} ${f.measure} ${f.over}`)).toEqual([
      'Cloudflare Pages files true',
      'Cloudflare Pages fileBytes true',
      'GitHub Pages bytes true',
      'GitLab Pages bytes true',
      'GitLab Pages files false',
    ]);
  });

  it('tells the volunteer the size and each limit in their language, numbers written the local way', () => {
    const vi = hostReport(size(20_500, 700 * MB), 'vi', useT('vi'));
    expect(vi[0]).toBe('Trang gồm 20.500 tệp, 700 MB.');
    expect(vi[1]).toContain('Cloudflare Pages cho tối đa 20.000 tệp (số tệp); trang này có 20.500 tệp');
    // A file just over the limit is not rounded down to it.
    expect(hostReport(size(10, MB, 25.3 * MB), 'vi', useT('vi'))[1]).toContain('trang này có 25,3 MB');
    const en = hostReport(size(20_500, 1.5e9, 26 * MB), 'en', useT('en'));
    expect(en[0]).toBe('The site is 20,500 files, 1.5 GB.');
    expect(en.slice(1).join('\n')).toContain(
      'Cloudflare Pages allows at most 25 MB (per file; the largest is plaques/dt01.pdf); this site has 26 MB',
    );
    expect(en.slice(1).join('\n')).toContain('GitHub Pages allows at most 1 GB (the whole site); this site has 1.5 GB');
  });
});
