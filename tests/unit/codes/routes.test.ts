import { describe, expect, it } from 'vitest';
import { pathOf, qrUrl, relPath, shortUrl } from '../../../src/lib/codes/routes.ts';

describe('routes', () => {
  it('gives each page a Vietnamese path and an English twin under en/', () => {
    const route = { page: 'entry', kind: 'relic', slug: 'den-kiep-bac' } as const;
    expect(relPath(route, 'vi')).toBe('di-tich/den-kiep-bac/');
    expect(relPath(route, 'en')).toBe('en/relics/den-kiep-bac/');
    expect(pathOf('/lang-thu/', { page: 'search' }, 'en')).toBe('/lang-thu/en/search/');
  });

  it('puts an upper-case URL in the QR at a domain root, so it encodes as alphanumeric', () => {
    expect(qrUrl('https://langso.example.vn/', 'dt01')).toBe('HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/');
    expect(qrUrl('https://langso.example.vn/', 'DT01')).toBe('HTTPS://LANGSO.EXAMPLE.VN/Q/DT01/');
  });

  it('keeps the URL lower case under a sub-path, where paths are case-sensitive', () => {
    expect(qrUrl('https://example.github.io/lang-thu/', 'dt01')).toBe('https://example.github.io/lang-thu/q/dt01/');
  });

  it('prints the short URL in lower case without the scheme', () => {
    expect(shortUrl('https://langso.example.vn/', 'dt01')).toBe('langso.example.vn/q/dt01');
  });
});
