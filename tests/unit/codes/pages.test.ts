import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { gzipSync } from 'node:zlib';
import { hostRewrites, landingPage, retiredPage } from '../../../src/lib/codes/pages.ts';
import { notFoundPage, recaseScript } from '../../../src/lib/codes/not-found.ts';
import { proveCodes } from '../../../src/lib/codes/write-pages.ts';

describe('code pages', () => {
  const long = 'Đền thờ thầy giáo Chu Văn An trên núi Phượng Hoàng, nơi ông về ở ẩn, dạy học và bốc thuốc cho dân. '.repeat(3);
  const card = {
    title: { vi: 'Đền <A>', en: 'Temple' },
    summary: { vi: long, en: 'A temple on the mountain where the teacher spent his last years. '.repeat(3) },
    hours: { vi: 'Hằng ngày, 6:00–18:00', en: 'Daily, 6 am to 6 pm' },
  };

  it('the landing page is readable by itself: both names, summaries and hours, a Read more per language, under 3 KB gzip', () => {
    const html = landingPage(card, { vi: '/di-tich/a/', en: '/en/relics/a/' });
    expect(gzipSync(html).length).toBeLessThan(3072);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<h1>Đền &#60;A&#62;</h1>');
    expect(html).toContain('<h2>Temple</h2>');
    expect(html).toContain('bốc thuốc cho dân');
    expect(html).toContain('the teacher spent');
    expect(html).toContain('Giờ mở cửa:</b> Hằng ngày, 6:00–18:00');
    expect(html).toContain('Opening hours:</b> Daily, 6 am to 6 pm');
    expect(html).toContain('<a href="/di-tich/a/" lang="vi">Đọc tiếp</a>');
    expect(html).toContain('<a href="/en/relics/a/" lang="en">Read more</a>');
    // The text comes first; the script that moves on is the body's last element.
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('Read more'));
  });

  it('a landing page without English text says nothing in English but the link', () => {
    const html = landingPage({ title: { vi: 'Đình A', en: 'Đình A' }, summary: { vi: 'Một ngôi đình.' } }, { vi: '/a/', en: '/en/a/' });
    expect(html).not.toContain('<h2>');
    expect(html).toContain('<section lang="en"><a href="/en/a/" lang="en">Read more</a></section>');
  });

  it('a retired page shows the note in both languages', () => {
    const html = retiredPage({ vi: 'Đã dời', en: 'Moved away' }, { vi: '/', en: '/en/' }, false);
    expect(html).toContain('Đã dời');
    expect(html).toContain('Moved away');
    expect(html).toContain('Về trang chủ');
  });
});

describe('proving code pages after the build', () => {
  const site = (pages: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'langso-prove-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const [rel, html] of Object.entries(pages)) {
      mkdirSync(join(dir, rel), { recursive: true });
      writeFileSync(join(dir, rel, 'index.html'), html);
    }
    return dir;
  };
  const landing = landingPage({ title: { vi: 'A', en: 'A' } }, { vi: '/di-tich/a/', en: '/en/relics/a/' });

  it('passes when both spellings exist and every link leads to a built page', () => {
    const dir = site({ 'q/dt01/': landing, 'Q/DT01/': landing, 'di-tich/a/': '', 'en/relics/a/': '' });
    expect(() => proveCodes(dir, '/', ['dt01'])).not.toThrow();
  });

  it('fails naming the code when a target or a spelling is missing', () => {
    expect(() => proveCodes(site({ 'q/dt01/': landing, 'Q/DT01/': landing, 'di-tich/a/': '' }), '/', ['dt01'])).toThrow(
      'dt01: /en/relics/a/ does not exist',
    );
    expect(() => proveCodes(site({ 'q/dt01/': landing }), '/', ['dt01'])).toThrow('dt01: no page at q/dt01/');
  });
});

describe('host rewrites', () => {
  it('serve each upper-case code path from its lower-case page first, then the half-shifted spellings, under the base', () => {
    const lines = hostRewrites(['sp01', 'dt01'], '/').split('\n');
    expect(lines.slice(0, 4)).toEqual(['/Q/DT01/ /q/dt01/ 200', '/Q/DT01 /q/dt01/ 200', '/Q/SP01/ /q/sp01/ 200', '/Q/SP01 /q/sp01/ 200']);
    expect(lines).toContain('/q/DT01/ /q/dt01/ 200');
    expect(lines).toContain('/Q/dt01 /q/dt01/ 200');
    expect(hostRewrites(['dt01'], '/lang-thu/')).toMatch(/^\/lang-thu\/Q\/DT01\/ \/lang-thu\/q\/dt01\/ 200\n/);
  });
});

describe('the 404 page', () => {
  it('speaks both languages and links home, search and every list under the base', () => {
    const html = notFoundPage('/lang-thu/');
    expect(html).toContain('Không tìm thấy trang này');
    expect(html).toContain('Page not found');
    for (const href of [
      '/lang-thu/',
      '/lang-thu/en/',
      '/lang-thu/tim-kiem/',
      '/lang-thu/en/search/',
      '/lang-thu/di-tich/',
      '/lang-thu/en/teams/',
    ])
      expect(html).toContain(`href="${href}"`);
  });

  it('its script sends a mixed-case address to the lower-case one, once, and leaves others alone', () => {
    const script = /<script>(.*)<\/script>/.exec(recaseScript('/lang-thu/'))![1]!;
    const go = (pathname: string): string | undefined => {
      let to: string | undefined;
      new Function('location', script)({ pathname, search: '', hash: '', replace: (u: string) => (to = u) });
      return to;
    };
    expect(go('/lang-thu/q/Dt01/')).toBe('/lang-thu/q/dt01/');
    expect(go('/lang-thu/Q/dt01')).toBe('/lang-thu/q/dt01/');
    expect(go('/lang-thu/q/DT01')).toBe('/lang-thu/q/dt01/');
    expect(go('/lang-thu/q/zz99/')).toBeUndefined();
    expect(go('/lang-thu/plaques/DT01.PDF')).toBe('/lang-thu/plaques/dt01.pdf');
    expect(go('/other/Q/DT01/')).toBeUndefined();
  });
});
