import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { hostRewrites, landingPage, retiredPage } from '../../../src/lib/codes/pages.ts';
import { proveCodes } from '../../../src/lib/codes/write-pages.ts';

describe('code pages', () => {
  it('the landing page stays under 3 KB, is noindex and links both languages', () => {
    const html = landingPage({ vi: 'Đền <A>', en: 'Temple' }, { vi: '/di-tich/a/', en: '/en/relics/a/' });
    expect(Buffer.byteLength(html)).toBeLessThan(3072);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('Đền &#60;A&#62;');
    expect(html).toContain('<a href="/di-tich/a/" lang="vi">Tiếng Việt</a>');
    expect(html).toContain('<a href="/en/relics/a/" lang="en">English</a>');
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
  const landing = landingPage({ vi: 'A', en: 'A' }, { vi: '/di-tich/a/', en: '/en/relics/a/' });

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
  it('serve each upper-case code path from its lower-case page, with and without the slash, under the base', () => {
    expect(hostRewrites(['sp01', 'dt01'], '/')).toBe(
      '/Q/DT01/ /q/dt01/ 200\n/Q/DT01 /q/dt01/ 200\n/Q/SP01/ /q/sp01/ 200\n/Q/SP01 /q/sp01/ 200\n',
    );
    expect(hostRewrites(['dt01'], '/lang-thu/')).toBe('/lang-thu/Q/DT01/ /lang-thu/q/dt01/ 200\n/lang-thu/Q/DT01 /lang-thu/q/dt01/ 200\n');
  });
});
