/**
 * What a visitor in the field gets from every test site: pictures in the text rendered (never a
 * placeholder), the nearest places on each page with a map position, and the offline worker and
 * web app manifest.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { localBodyImages } from '../../../src/lib/content/body-images.ts';
import { title } from '../../../src/lib/content/entries.ts';
import { geoHref, nearest, positionOf } from '../../../src/lib/web/nearby.ts';
import { captures, htmlFiles } from '../../support/html.ts';
import { built, SITE_NAMES } from '../../support/sites.ts';

describe.each(SITE_NAMES)('the visitor on the %s site', (name) => {
  const s = built(name);

  it('never serves a picture placeholder, and renders each picture of a text as a responsive picture', () => {
    for (const file of htmlFiles(s.dir)) expect(s.read(file), file).not.toContain('__ASTRO_IMAGE_');
    for (const e of s.entries.filter((x) => localBodyImages(x.body).length)) {
      const body = /<div class="body"[\s\S]*?<\/div>/.exec(s.read(s.entryPath(e, 'vi')))?.[0] ?? '';
      expect(captures(body, /<picture>/g).length, e.slug).toBeGreaterThanOrEqual(localBodyImages({ vi: e.body.vi, en: null }).length);
      expect(body, e.slug).toMatch(/<source type="image\/avif" srcset="[^"]+ 360w/);
      for (const src of captures(body, /<img src="([^"]+)"/g)) expect(s.exists(s.fileOf(src)), src).toBe(true);
    }
  });

  it('lists the three nearest other places on each page with a map position, with a geo: link', (ctx) => {
    const placed = s.entries.filter((e) => positionOf(e));
    if (placed.length < 2) return ctx.skip('fewer than two entries of this site have a map position');
    for (const e of placed) {
      const near = nearest(e, s.entries);
      for (const lang of LANGS) {
        const section = /<section aria-labelledby="nearby"[\s\S]*?<\/section>/.exec(s.read(s.entryPath(e, lang)))?.[0] ?? '';
        const links = captures(section, /<a href="([^"]+)"/g);
        expect(links, `${e.slug} ${lang}`).toEqual(
          near.flatMap((n) => [
            s.entryPath(n.entry, lang),
            geoHref(positionOf(n.entry)!, title(n.entry, 'vi').text).replace(/&/g, '&amp;'),
          ]),
        );
      }
    }
  });

  it('has a service worker and a web app manifest with the site name, linked from every page', () => {
    expect(s.read('sw.js')).toContain(`"base":"${s.base}"`);
    expect(JSON.parse(s.read('manifest.webmanifest'))).toMatchObject({ name: s.site.name.vi, start_url: s.base });
    expect(s.read(s.path({ page: 'home' }, 'en'))).toContain(`<link rel="manifest" href="${s.base}manifest.webmanifest">`);
  });
});
