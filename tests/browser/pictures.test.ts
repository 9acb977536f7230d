/**
 * A picture written in an entry's text (`![…](./x.jpg)`) seen in Chromium at 360 × 800, from the
 * built site: loaded, sized to the screen, with the alt text its volunteer wrote.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyImages, isLocal } from '../../src/lib/content/body-images.ts';
import { launch, openPage } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, SITE_NAMES } from '../support/sites.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe.each(SITE_NAMES)('pictures in the text of the %s site', { timeout: 60_000 }, (name) => {
  const s = built(name);
  const withPictures = s.entries.filter((e) => bodyImages(e.body.vi).some((i) => isLocal(i.src)));
  let site: Served;
  beforeAll(async () => {
    site = await serve(s.dir, s.base);
  });
  afterAll(() => site?.close());

  it('shows each one, loaded and no wider than the phone, with its alt text', async (ctx) => {
    if (!withPictures.length) return ctx.skip('no entry of this site has a picture in its text');
    const page = await openPage(browser, { viewport: { width: 360, height: 800 } });
    for (const e of withPictures) {
      await page.goto(new URL(s.entryPath(e, 'vi'), site.url).href);
      const images = page.locator('.body picture img');
      const expected = bodyImages(e.body.vi).filter((i) => isLocal(i.src));
      expect(await images.count(), e.slug).toBe(expected.length);
      for (const [i, image] of expected.entries()) {
        const img = images.nth(i);
        await img.scrollIntoViewIfNeeded();
        await expect
          .poll(() => img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth))
          .toBeGreaterThan(0);
        expect(await img.getAttribute('alt')).toBe(image.alt);
        expect((await img.boundingBox())!.width).toBeLessThanOrEqual(360);
      }
    }
    await page.context().close();
  });
});
