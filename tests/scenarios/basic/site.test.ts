/**
 * What the basic fixture is for, stated with its own facts (the properties of every site are in
 * `tests/scenarios/any-site/`): a GitHub Pages project site under a sub-path, a custom landscape
 * plaque in mm with A3 posters, an area with no entries yet, and a team whose members cover every
 * consent case — checked here against known answers, not against the consent code itself.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestItem } from '../../../src/lib/print/catalogue.ts';
import { htmlFiles, localLinks } from '../../support/html.ts';
import { built } from '../../support/sites.ts';

const s = built('basic');
const BASE = 'https://example.github.io/lang-thu/';
const manifest = JSON.parse(s.read('plaques/manifest.json')) as ManifestItem[];
/** Width × height of a PDF's first page, in mm. */
function paperMm(file: string): number[] {
  const info = execFileSync('pdfinfo', [join(s.dir, file)], { encoding: 'utf8' });
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return [w!, h!].map((pts) => Math.round((Number(pts) * 25.4) / 72));
}

describe('a site under a sub-path', () => {
  it('builds every link and asset of every page from the base path', () => {
    expect(s.site.baseUrl).toBe(BASE);
    const outside = htmlFiles(s.dir).flatMap((file) =>
      localLinks(s.read(file))
        .filter((l) => !l.startsWith('/lang-thu/'))
        .map((l) => `${file} → ${l}`),
    );
    expect(outside).toEqual([]);
    expect(s.read('di-tich/den-thu/index.html')).toContain('class="lang-switch" href="/lang-thu/en/relics/den-thu/"');
  });

  it('keeps the QR URL lower case, as the sub-path is typed', () => {
    expect(manifest.find((m) => m.code === 'dt01')).toMatchObject({ url: `${BASE}q/dt01/`, files: { pdf: '/lang-thu/plaques/dt01.pdf' } });
    expect(s.read('_redirects')).toContain('/lang-thu/Q/DT01/ /lang-thu/q/dt01/ 200\n');
  });
});

describe('print settings other than the defaults', () => {
  it('prints plaques on 100 × 150 mm landscape and posters on A3', () => {
    expect(paperMm('plaques/dt01.pdf')).toEqual([150, 100]);
    expect(paperMm('posters/team-to-thu.pdf')).toEqual([297, 420]);
  });

  it('says on the print page, in its language, that 100 mm is small for scanning from 1 m', () => {
    expect(s.read('in-an/index.html')).toContain('hơi nhỏ để quét từ 1 m');
    expect(s.read('en/print/index.html')).toContain('small for scanning from 1 m');
  });

  it('makes no batch PDF, trail poster or print-page entry for the area without entries', () => {
    expect(s.exists('plaques/area-xa-thu.pdf')).toBe(true);
    expect(s.exists('plaques/area-xa-trong.pdf')).toBe(false);
    expect(s.exists('posters/trail-xa-trong.pdf')).toBe(false);
    expect(s.read('in-an/index.html')).not.toContain('xa-trong');
  });
});

describe('a team with every consent case', () => {
  const page = s.read('to-cong-nghe/to-thu/index.html');

  it('links the team number and the consenting member, in +84 form, and no one else’s number', () => {
    expect(page).toContain('href="tel:+842203882123"');
    expect(page).toContain('href="tel:+84912345678"');
    expect(page).toContain('href="https://zalo.me/0912345678"');
    expect(page).not.toMatch(/0987|84987/); // no consent recorded
    expect(page).not.toMatch(/0977|84977/); // consent withdrawn
    expect(page).toContain('Trần Thị Chưa Hỏi'); // still listed by name and role
  });

  it('puts only the team and the consenting member in the vCard', () => {
    const vcf = s.read('vcard/to-thu.vcf');
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(vcf).toContain('TEL;TYPE=WORK,VOICE:+842203882123');
    expect(vcf).toContain('TEL;TYPE=CELL:+84912345678');
    expect(vcf).not.toMatch(/0987|84987|0977|84977|Chưa Hỏi|Rút Lại/);
    expect(vcf).toContain(`URL:${BASE}to-cong-nghe/to-thu/`);
  });

  it('prints on the poster only the member who consented to print', () => {
    const text = execFileSync('pdftotext', [join(s.dir, 'posters/team-to-thu.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('0220 3882 123');
    expect(text).toContain('0912 345 678');
    expect(text).not.toMatch(/0987|0977/);
  });

  it('keeps the number of a seller without consent off the product page', () => {
    expect(s.read('dac-san/banh-thu/index.html')).not.toMatch(/912345670|0912 345 670/);
  });
});

describe('a homestay and a stale guide', () => {
  it('marks a guide last checked over a year ago as needing re-checking, on its page and its sheet', () => {
    expect(s.read('huong-dan/huong-dan-thu/index.html')).toContain('Cần kiểm tra lại');
    expect(s.read('en/guides/huong-dan-thu/index.html')).toContain('Needs re-checking');
    const text = execFileSync('pdftotext', [join(s.dir, 'sheets/hd01.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Cần kiểm tra lại');
    expect(text).toContain('0220 3882 123'); // the named team's number
  });

  it('lists the guide on the team page of its team, and the team on the guide page', () => {
    expect(s.read('to-cong-nghe/to-thu/index.html')).toContain('href="/lang-thu/huong-dan/huong-dan-thu/"');
    expect(s.read('huong-dan/huong-dan-thu/index.html')).toContain('href="/lang-thu/to-cong-nghe/to-thu/"');
  });

  it('shows the screenshot with its description, English where translated', () => {
    expect(s.read('huong-dan/huong-dan-thu/index.html')).toMatch(/<img [^>]*alt="Góc trên màn hình có chữ 4G"/);
    expect(s.read('en/guides/huong-dan-thu/index.html')).toMatch(/<img [^>]*alt="The top corner of the screen showing 4G"/);
  });

  it('gives the homestay a plaque and its price and languages, but not its host’s number (no consent)', () => {
    expect(manifest.find((m) => m.code === 'lt01')).toMatchObject({ kind: 'homestay', slug: 'nha-thu' });
    const html = s.read('luu-tru/nha-thu/index.html');
    expect(html).toContain('250.000 ₫ một người');
    expect(html).toContain('Tiếng Pháp');
    expect(html).not.toContain('0977');
    expect(s.read('en/homestays/nha-thu/index.html')).toContain('VND 250,000 per person');
  });
});
