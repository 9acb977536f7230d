/** Astro content loader for `content/site.yaml`: the site's names, address, areas and print settings. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readSite } from '../lib/content/files/read-content.ts';
import { contentDir } from '../lib/content/files/location.ts';
import { ContentError } from '../lib/content/content-error.ts';

export function siteLoader(): Loader {
  return {
    name: 'lang-so-site',
    load: async ({ store, parseData, config }) => {
      const problems: Parameters<typeof readSite>[2] = [];
      const root = fileURLToPath(config.root);
      const site = readSite(root, `${contentDir()}/site.yaml`, problems);
      if (!site) throw new ContentError(problems);
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data: site }) });
    },
  };
}
