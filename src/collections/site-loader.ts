/** Astro content loader for `content/site.yaml`: the site's names, address, areas and print settings. */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { sharedCheck } from '../lib/check/check-site.ts';
import { ContentError } from '../lib/content/content-error.ts';

/** Loads the validated site settings from the build's one content pass. */
export function siteLoader(): Loader {
  return {
    name: 'lang-so-site',
    load: async ({ store, parseData, config }) => {
      const { site, problems } = sharedCheck(fileURLToPath(config.root));
      if (!site) throw new ContentError(problems);
      store.clear();
      store.set({ id: 'site', data: await parseData({ id: 'site', data: site }) });
    },
  };
}
