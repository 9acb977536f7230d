import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './tests/support/browser.ts';
import { serve } from './tests/support/serve.ts';
const dist = process.argv[2]!;
const site = await serve(dist, '/');
const browser = await launch();
const page = await browser.newPage();
await page.goto(`${site.url}${process.argv[4] ?? 'tim-kiem/'}?q=${encodeURIComponent(process.argv[3]!)}`);
await page.waitForFunction(() => /\d|Không|Nothing/.test(document.getElementById('search-status')?.textContent ?? ''));
await page.waitForLoadState('networkidle');
console.log(await page.locator('#search-status').textContent());
const groups = new Map<string, [number, number]>();
for (const l of site.log) {
  if (!l.path.includes('pagefind')) continue;
  const size = readFileSync(join(dist, l.path)).length;
  const kind = l.path.replace(/^\/pagefind\/(s\d+\/)?/, '').replace(/_[0-9a-f]+\./, '.').replace(/[0-9a-f]{7,}/, 'H');
  const g = groups.get(kind) ?? [0, 0];
  groups.set(kind, [g[0] + 1, g[1] + size]);
}
for (const [k, [n, b]] of [...groups].sort((a, b) => b[1][1] - a[1][1])) console.log(k.padEnd(40), n, (b / 1024).toFixed(1), 'KB');
await browser.close(); site.close();
