/**
 * The permanent codes of every test site: each code of its registry served at `q/<code>/` and
 * `Q/<CODE>/` byte for byte, leading to its entry in both languages, with a host rewrite per code.
 */
import { describe, expect, it } from 'vitest';
import { codesOf, field } from '../../../src/lib/content/entries.ts';
import { textOf } from '../../support/html.ts';
import { codeRelPath } from '../../../src/lib/codes/routes.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

describe.each(SITE_NAMES)('codes of the %s site', (name) => {
  const s = built(name);
  const codes = Object.keys(s.registry);

  it('records in the registry every code of every entry, aliases included', () => {
    expect(codes.sort()).toEqual(expect.arrayContaining(s.entries.flatMap(codesOf)));
    for (const e of s.entries) expect(s.registry[e.data.code], e.slug).toMatchObject({ kind: e.kind, slug: e.slug });
  });

  it('serves every code at q/<code>/ and Q/<CODE>/, byte for byte', () => {
    for (const code of codes) {
      expect(s.read(`${codeRelPath(code)}index.html`), code).toBe(s.read(`${codeRelPath(code).toUpperCase()}index.html`));
    }
  });

  it('leads each entry’s codes to the entry, one link per language', () => {
    for (const e of s.entries) {
      for (const code of codesOf(e)) {
        const page = s.read(`${codeRelPath(code)}index.html`);
        expect(page, code).toContain(`<a href="${s.entryPath(e, 'vi')}" lang="vi">`);
        expect(page, code).toContain(`<a href="${s.entryPath(e, 'en')}" lang="en">`);
      }
    }
  });

  it('tells each entry on its code page by itself: name and summary in each language written', () => {
    for (const e of s.entries) {
      const text = textOf(s.read(`${codeRelPath(e.data.code)}index.html`));
      for (const lang of ['vi', 'en'] as const) {
        for (const name of ['title', 'summary'] as const) {
          const value = field(e, name, lang);
          if (value?.lang === lang) expect(text, `${e.data.code} ${lang} ${name}`).toContain(textOf(value.text));
        }
      }
    }
  });

  it('has a 404 page in both languages whose links all lead to built pages', () => {
    const html = s.read('404.html');
    expect(html).toContain('lang="vi"');
    expect(html).toContain('lang="en"');
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links).toContain(s.path({ page: 'search' }, 'en'));
    for (const href of links) expect(s.exists(s.fileOf(href)), href).toBe(true);
  });

  it('writes host rewrites from Q/<CODE>/ to q/<code>/ for every code, each to a built page', () => {
    const rules = s
      .read('_redirects')
      .trim()
      .split('\n')
      .map((line) => line.split(' '));
    for (const code of codes) {
      expect(rules, code).toContainEqual([`${s.base}Q/${code.toUpperCase()}/`, `${s.base}${codeRelPath(code)}`, '200']);
    }
    for (const [from, to, status] of rules) {
      expect(status, from).toBe('200');
      expect(s.exists(s.fileOf(to!)), `${from} → ${to}`).toBe(true);
    }
  });
});
