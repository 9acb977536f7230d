/**
 * The Làng Số integration: wires the build steps that are not pages. Each step lives in its own
 * module; this file only hands off.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stripImageMetadata } from '../lib/people/photo-metadata.ts';
import { buildSearchIndex } from '../lib/search/pagefind-index.ts';
import { writeCodePages } from '../lib/codes/write-pages.ts';
import { LANGS, useT } from '../i18n/index.ts';

export function langSo(): AstroIntegration {
  return {
    name: 'lang-so',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { codes, bothCases } = writeCodePages(outDir);
        logger.info(`code pages: ${codes} code(s), each at q/<code>/ and Q/<CODE>/`);
        if (!bothCases) for (const lang of LANGS) logger.warn(useT(lang)('codes.oneCase'));
        const stripped = await stripImageMetadata(outDir);
        if (stripped) logger.info(`removed photo metadata (GPS, camera) from ${stripped} file(s)`);
        const searchPages = await buildSearchIndex(outDir);
        logger.info(
          `search index: ${Object.entries(searchPages)
            .map(([lang, n]) => `${n} ${lang}`)
            .join(', ')} page(s)`,
        );
      },
    },
  };
}
