/**
 * The web editor at `admin/`: hands off to `src/lib/editor/` once the site is built, with the
 * build's one content pass (for the site's communes) and Astro's cache folder (for the bundle).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { useT } from '../i18n/index.ts';
import { sharedCheck } from '../lib/check/check-site.ts';
import { contentDir } from '../lib/content/files/location.ts';
import { writeEditor } from '../lib/editor/write-editor.ts';

/** Writes `admin/` (Sveltia CMS and its generated configuration) into the built site. */
export function langSoEditor(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'lang-so-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = process.cwd();
        const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));
        const words = useT('vi') as (key: string) => string;
        const { site } = sharedCheck(root);
        const source = { root, contentDir: contentDir(), templatesDir, site, words, cacheDir };
        logger.info(`web editor: admin/ (Sveltia CMS ${await writeEditor(fileURLToPath(dir), source)})`);
      },
    },
  };
}
