/**
 * The Làng Số integration: wires the build steps that are not pages. Each step lives in its room
 * under `src/lib/`; this file only hands off, with the build's one content pass.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANGS, useT } from '../i18n/index.ts';
import { sharedCheck } from '../lib/check/check-site.ts';
import { writeCodePages } from '../lib/codes/write-pages.ts';
import { stripImageMetadata } from '../lib/people/photo-metadata.ts';
import { buildSearchIndex } from '../lib/search/pagefind-index.ts';

export function langSo(): AstroIntegration {
  let base = '/';
  return {
    name: 'lang-so',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { entries, registry } = sharedCheck(process.cwd());
        const { codes, bothCases } = writeCodePages(outDir, { entries, registry, base });
        logger.info(`code pages: ${codes} code(s), each at q/<code>/ and Q/<CODE>/`);
        if (!bothCases) for (const lang of LANGS) logger.warn(useT(lang)('codes.oneCase'));
        const stripped = await stripImageMetadata(outDir);
        if (stripped) logger.info(`removed photo metadata (GPS, camera) from ${stripped} file(s)`);
        const counts = Object.entries(await buildSearchIndex(outDir)).map(([lang, n]) => `${n} ${lang}`);
        logger.info(`search index: ${counts.join(', ')} page(s)`);
      },
    },
  };
}
