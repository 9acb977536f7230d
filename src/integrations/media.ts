/**
 * The media integration: where Hán-Nôm subset fonts and web audio are cached (Astro's cache folder,
 * kept between builds like the print files), narrations transcoded beside page rendering, and the
 * volunteer told when ffmpeg is missing. The work lives in `src/lib/hannom/` and `src/lib/audio/`.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS } from '../i18n/index.ts';
import { sharedCheck } from '../lib/check/check-site.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { hasFfmpeg } from '../lib/audio/ffmpeg.ts';
import { recordings } from '../lib/audio/narration.ts';
import { audioCacheDir, setAudioCacheDir, webAudio } from '../lib/audio/web-audio.ts';
import { setFontCacheDir } from '../lib/hannom/font-cache.ts';

export function media(): AstroIntegration {
  return {
    name: 'lang-so-media',
    hooks: {
      'astro:config:done': ({ config }) => {
        setFontCacheDir(fileURLToPath(new URL('lang-so-fonts/', config.cacheDir)));
        setAudioCacheDir(fileURLToPath(new URL('lang-so-audio/', config.cacheDir)));
      },
      'astro:build:start': ({ logger }) => {
        const root = process.cwd();
        const found = recordings(root, sharedCheck(root).entries);
        if (!found.length) return;
        if (hasFfmpeg()) {
          // Transcoded while Astro renders; pages and the audio route await the same jobs.
          for (const recording of found) webAudio(recording, audioCacheDir()).catch(() => {});
          return;
        }
        const file = relative(root, found[0]!).split('\\').join('/');
        const problem = { severity: 'warning', file, key: 'ffmpegMissing', values: { count: found.length } } as const;
        for (const lang of LANGS) logger.warn(formatProblem(problem, lang));
      },
    },
  };
}
