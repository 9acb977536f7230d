/**
 * The Làng Số integration: wires the build steps that are not pages. Each step lives in its own
 * module; this file only hands off.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stripImageMetadata } from './strip-metadata.ts';
import { buildSearchIndex } from './pagefind.ts';
import { writeCodePages } from './codes.ts';

export function langSo(): AstroIntegration {
  return {
    name: 'lang-so',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        logger.info(`code pages: ${writeCodePages(outDir)} code(s), each at q/<code>/ and Q/<CODE>/`);
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
