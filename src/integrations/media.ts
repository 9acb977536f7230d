/**
 * The media integration: where Hán-Nôm subset fonts and web audio are cached (Astro's cache folder,
 * kept between builds like the print files). The work itself lives in `src/lib/hannom/` and
 * `src/lib/audio/`; this file only hands off.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setFontCacheDir } from '../lib/hannom/font-cache.ts';

export function media(): AstroIntegration {
  return {
    name: 'lang-so-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        setFontCacheDir(fileURLToPath(new URL('lang-so-fonts/', config.cacheDir)));
      },
    },
  };
}
