/**
 * `npm run bench`: what a reader's phone downloads, measured on the built site (run `npm run build`
 * first). Prints figures; budgets are in DESIGN.md (entry first view ≤ 15 KB target, 30 KB limit;
 * QR landing page ≤ 3 KB), and figures over a limit are flagged.
 * `npm run bench -- --scale 200,2000 [--anchor]` measures build time and memory at scale instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchScale } from './bench-scale.ts';
import { benchSearch } from './bench-search.ts';
import { benchLighthouse } from './bench-lighthouse.ts';

const args = process.argv.slice(2);
if (args.includes('--scale')) {
  const sizes = (args[args.indexOf('--scale') + 1] ?? '200,2000').split(',').map(Number);
  benchScale(sizes, args.includes('--anchor'));
  process.exit(0);
}
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
if (!existsSync(dist)) {
  console.error(`No ${dist}/ — run npm run build first.`);
  process.exit(1);
}
const gz = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** First view of a page: its HTML plus the CSS and JS it links (images excluded), gzipped. */
function firstView(file: string): number {
  const html = readFileSync(join(dist, file), 'utf8');
  let total = gz(html);
  for (const [, src] of html.matchAll(/<(?:link rel="stylesheet"|script)[^>]*(?:href|src)="([^"]+)"/g)) {
    const path = join(dist, src!.replace(/^\/[^_]*?(?=_astro\/|pagefind\/)/, ''));
    if (existsSync(path)) total += gz(readFileSync(path));
  }
  return total;
}

const pages = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('index.html') || f === '404.html');
const groups: Record<string, RegExp> = {
  'entry pages': /^(en\/)?(di-tich|dac-san|to-cong-nghe|relics|products|teams)\/[^/]+\/index\.html$/,
  'list pages': /^(en\/)?(di-tich|dac-san|to-cong-nghe|relics|products|teams)\/index\.html$/,
  'home pages': /^(en\/)?index\.html$/,
  'print pages': /^(en\/)?(in-an|print)\/index\.html$/,
  'search pages': /^(en\/)?(tim-kiem|search)\/index\.html$/,
  'QR landing pages': /^q\/[^/]+\/index\.html$/i,
  '404 page': /^404\.html$/,
};
const limits: Record<string, number> = { 'entry pages': 30 * 1024, 'QR landing pages': 3 * 1024 };

console.log(`First view (HTML + CSS + JS, gzip -9, images excluded) in ${dist}/`);
for (const [name, re] of Object.entries(groups)) {
  const sizes = pages.filter((p) => re.test(p.split('\\').join('/'))).map((p) => ({ p, size: firstView(p) }));
  if (!sizes.length) continue;
  sizes.sort((a, b) => a.size - b.size);
  const median = sizes[Math.floor(sizes.length / 2)]!.size;
  const max = sizes[sizes.length - 1]!;
  const flag = limits[name] && max.size > limits[name] ? `  OVER ${kb(limits[name])}` : '';
  console.log(
    `  ${name.padEnd(18)} ${String(sizes.length).padStart(3)} pages  median ${kb(median)}  max ${kb(max.size)} (${max.p})${flag}`,
  );
}

await benchSearch(dist, 'tim-kiem/', 'den chu van an');
await benchSearch(dist, 'en/search/', 'chu van an temple');

if (existsSync(join(dist, 'sw.js'))) {
  const sw = readFileSync(join(dist, 'sw.js'));
  console.log(`Offline: service worker ${kb(sw.length)} (${kb(gz(sw))} gzip), fetched once after the first page has loaded`);
}

if (!args.includes('--no-lighthouse')) {
  // The first entry and code of the built site: any site's, not only the sample's.
  const entry = pages.map((p) => p.split('\\').join('/')).find((p) => groups['entry pages']!.test(p) && p.startsWith('di-tich/'));
  const code = pages.map((p) => p.split('\\').join('/')).find((p) => /^Q\/[^/]+\/index\.html$/.test(p));
  await benchLighthouse(dist, [
    ...(entry ? [['entry page', `/${entry.replace(/index\.html$/, '')}`] as [string, string]] : []),
    ...(code ? [['code page', `/${code.replace(/index\.html$/, '')}`] as [string, string]] : []),
    ['search page', `/tim-kiem/?q=${encodeURIComponent('den chu van an')}`],
  ]);
}
