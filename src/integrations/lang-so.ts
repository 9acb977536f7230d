/**
 * The Làng Số integration: wires the build steps that are not pages. Each step lives in its room
 * under `src/lib/`; this file only hands off, with the build's one content pass.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LANGS, useT } from '../i18n/index.ts';
import { sharedCheck } from '../lib/check/check-site.ts';
import { writeCodePages } from '../lib/codes/write-pages.ts';
import { plaqueFits } from '../lib/print/output/fit-memo.ts';
import { placePrintFiles, producePrintFiles, type PrintResult } from '../lib/print/output/print-files.ts';
import { stripImageMetadata } from '../lib/people/photo-metadata.ts';
import { buildSearchIndex } from '../lib/search/pagefind-index.ts';

export function langSo(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  let searchCache = '';
  let printing: Promise<PrintResult> | undefined;
  let building = false;
  return {
    name: 'lang-so',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(new URL('lang-so-print/', config.cacheDir));
        searchCache = fileURLToPath(new URL('lang-so-search/', config.cacheDir));
        if (!building || printing) return;
        const { site, entries } = sharedCheck(process.cwd());
        if (!site) return;
        // Drawn on worker threads from here on, through the content sync and the pages; awaited (and reported) in astro:build:done.
        (printing = producePrintFiles(site, entries, cacheDir)).catch(() => {});
      },
      'astro:build:start': ({ logger }) => {
        const { site, entries } = sharedCheck(process.cwd());
        if (!site) return;
        for (const { warning } of plaqueFits(process.cwd(), site, entries).values()) if (warning) logger.warn(warning);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // What needs only the pages runs first, while the print workers may still be drawing.
        codePages(outDir, base, logger);
        const stripped = await stripImageMetadata(outDir);
        if (stripped) logger.info(`removed photo metadata (GPS, camera) from ${stripped} file(s)`);
        await index(outDir, searchCache, logger);
        if (printing) place(outDir, await printing, logger);
      },
    },
  };
}

/** Writes the code pages (`q/<code>/`) and says how many. */
function codePages(outDir: string, base: string, logger: AstroIntegrationLogger): void {
  const { entries, registry, site } = sharedCheck(process.cwd());
  const { codes, bothCases } = writeCodePages(outDir, { entries, registry, base, counter: site?.counter });
  logger.info(`code pages: ${codes} code(s), each at q/<code>/ and Q/<CODE>/`);
  if (!bothCases) for (const lang of LANGS) logger.warn(useT(lang)('codes.oneCase'));
}

/** Builds the search index and says how many pages and bundles it holds. */
async function index(outDir: string, cacheDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const search = await buildSearchIndex(outDir, cacheDir);
  const counts = Object.entries(search.counts).map(([lang, n]) => `${n} ${lang}`);
  const reused = search.reused === search.bundles ? ', unchanged: reused' : search.reused ? `, ${search.reused} unchanged: reused` : '';
  const names = search.fullText ? '' : `; names, summaries and facts only (whole texts up to ${search.fullTextPages} pages a language)`;
  logger.info(`search index: ${counts.join(', ')} page(s) in ${search.bundles} bundle(s)${reused}${names}`);
}

/** Places the print files and says how many were drawn anew. */
function place(outDir: string, result: PrintResult, logger: AstroIntegrationLogger): void {
  placePrintFiles(outDir, result);
  logger.info(
    `print files: ${result.files.size} file(s); ${result.rendered.length} job(s) rendered, ${result.reused} reused from the cache`,
  );
  if (process.env['LANGSO_LOG'] === 'debug') for (const name of result.rendered) logger.info(`  rendered ${name}`);
}
