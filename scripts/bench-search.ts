/**
 * What a first search costs a phone with an empty cache: headless Chromium opens the search page
 * with a query, and every file it fetches is counted as a host would send it (text gzipped,
 * Pagefind's already-compressed files and images as they are). Needs Debian's `chromium`.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumPath, launch } from '../tests/support/browser.ts';
import { serve } from '../tests/support/serve.ts';

const TEXT = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg']);
const GROUPS: [string, RegExp][] = [
  ['page (HTML)', /\/(index\.html)?$/],
  ['offline worker (once, after load)', /\/sw\.js$/],
  ['JavaScript', /\.m?js$/],
  ['WASM', /wasm\.[a-z]+\.pagefind$/],
  ['index (meta, chunks, filters)', /\.(pf_meta|pf_index|pf_filter)$|pagefind-entry\.json$/],
  ['result fragments', /\.pf_fragment$/],
  ['thumbnails', /\.(webp|avif|jpe?g|png)$/],
  ['other', /./],
];

/** Prints the bytes a cold first search of `query` on `path` transfers, by kind of file. */
export async function benchSearch(dist: string, path: string, query: string): Promise<void> {
  if (!chromiumPath()) return void console.log('First search: skipped (no chromium; `apt-get install chromium`)');
  const site = await serve(dist, '/');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const sums = new Map<string, number>();
    for (const { path: p } of site.log) {
      const raw = readFileSync(join(dist, p.endsWith('/') ? `${p}index.html` : p));
      const bytes = TEXT.has(extname(p) || '.html') ? gzipSync(raw, { level: 9 }).length : raw.length;
      const group = GROUPS.find(([, re]) => re.test(p))![0];
      sums.set(group, (sums.get(group) ?? 0) + bytes);
    }
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    const total = [...sums.values()].reduce((a, b) => a + b, 0);
    const other = ['thumbnails', 'page (HTML)', 'offline worker (once, after load)'];
    const search = total - other.reduce((sum, name) => sum + (sums.get(name) ?? 0), 0);
    console.log(`First search, cold cache: "${query}" on /${path} (${site.log.length} requests)`);
    for (const [name] of GROUPS) if (sums.has(name)) console.log(`  ${name.padEnd(40)} ${kb(sums.get(name)!)}`);
    console.log(`  ${'search itself (JS+WASM+index+fragments)'.padEnd(40)} ${kb(search)}${search > 100 * 1024 ? '  OVER 100 KB' : ''}`);
    console.log(`  ${'total'.padEnd(40)} ${kb(total)}`);
  } finally {
    await browser.close();
    await site.close();
  }
}
