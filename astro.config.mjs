// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { sanitizeOptions } from './src/lib/content/sanitize.ts';
import rehypeSanitize from 'rehype-sanitize';
import { langSo } from './src/integrations/lang-so.ts';
import { langSoEditor } from './src/integrations/editor.ts';
import { media } from './src/integrations/media.ts';
import { offline } from './src/integrations/offline.ts';
import { siteLocation } from './src/lib/content/files/site-file.ts';
import { contentDir } from './src/lib/content/files/location.ts';

// The site's address comes from content/site.yaml, so volunteers never edit this file.
const { site, base } = siteLocation(process.cwd(), contentDir());

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.LANGSO_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  image: {
    // AVIF at effort 2 instead of 4: about three times faster to encode, a few per cent larger.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  markdown: {
    // Volunteers' Markdown may carry pasted HTML: keep the safe part, drop scripts and handlers.
    processor: unified({ rehypePlugins: [[rehypeSanitize, sanitizeOptions]] }),
  },
  integrations: [mdx(), langSo(), langSoEditor(), media(), offline()],
  experimental: {
    // Pages whose data (their cacheKey) and code did not change are copied from the last build.
    incrementalBuild: true,
  },
});
