/**
 * Reads just the base URL from `content/site.yaml`, for Astro's `site` and `base` options.
 * Full validation happens later with friendly messages; here a broken file only means defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export function siteLocation(root: string, contentDir = 'content'): { site: string; base: string } {
  const path = resolve(root, contentDir, 'site.yaml');
  try {
    const url = new URL(existsSync(path) ? parse(readFileSync(path, 'utf8'))?.baseUrl : '');
    const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { site: url.origin, base };
  } catch {
    return { site: 'http://localhost', base: '/' };
  }
}
