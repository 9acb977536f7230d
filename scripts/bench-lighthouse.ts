/**
 * Lighthouse mobile figures for the pages a visitor in the field meets: an entry page, a QR code
 * page (scan → readable text) and the search page with a query. The site is served gzipped, as a
 * host would. Two network profiles, both simulated by Lighthouse on the same trace:
 * - Lighthouse's own mobile profile ("slow 4G": 150 ms RTT, 1.6 Mbit/s, CPU 4× slower);
 * - DevTools' "Slow 3G" preset (2,000 ms latency, 400 kbit/s), for the first contentful paint only.
 * Needs Debian's `chromium` and the `lighthouse` dev dependency.
 */
import { existsSync } from 'node:fs';
import { chromiumPath } from '../tests/support/browser.ts';
import { serve } from '../tests/support/serve.ts';

/**
 * DevTools' "Slow 3G" preset (2,000 ms request latency, 400 kbit/s), as Lighthouse's simulation
 * takes it: its RTT is the latency divided by Lighthouse's DevTools adjustment factor, 3.75.
 */
const SLOW_3G = {
  rttMs: 2000 / 3.75,
  throughputKbps: 400,
  cpuSlowdownMultiplier: 4,
  requestLatencyMs: 2000,
  downloadThroughputKbps: 400,
  uploadThroughputKbps: 400,
};

interface Run {
  fcp: number;
  lcp: number;
  cls: number;
  scores: Record<string, number>;
}

type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<{ lhr: LHR } | undefined>;
interface LHR {
  audits: Record<string, { numericValue?: number }>;
  categories: Record<string, { score: number | null }>;
}

/** One Lighthouse run of `url` in a fresh Chromium. */
async function run(
  lighthouse: Lighthouse,
  launch: (o: object) => Promise<{ port: number; kill(): void }>,
  url: string,
  throttling?: object,
): Promise<Run> {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const settings = { onlyCategories: ['performance', 'accessibility', 'seo'], ...(throttling ? { throttling } : {}) };
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      { extends: 'lighthouse:default', settings },
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { audits, categories } = result.lhr;
    const score = (name: string): number => Math.round((categories[name]?.score ?? 0) * 100);
    return {
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
      scores: { performance: score('performance'), accessibility: score('accessibility'), seo: score('seo') },
    };
  } finally {
    chrome.kill();
  }
}

/** Prints Lighthouse mobile figures for `pages` (paths under the root of `dist`). */
export async function benchLighthouse(dist: string, pages: [string, string][]): Promise<void> {
  if (!chromiumPath()) return void console.log('Lighthouse: skipped (no chromium; `apt-get install chromium`)');
  if (!existsSync('node_modules/lighthouse')) return void console.log('Lighthouse: skipped (run npm install: it is a dev dependency)');
  const lighthouse = (await import('lighthouse')).default as unknown as Lighthouse;
  const { launch } = (await import('chrome-launcher')) as unknown as { launch: (o: object) => Promise<{ port: number; kill(): void }> };
  const site = await serve(dist, '/', { gzip: true });
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  try {
    console.log('Lighthouse mobile (simulated slow 4G; FCP also on DevTools slow 3G), sample site:');
    for (const [name, path] of pages) {
      const url = site.url + path.replace(/^\//, '');
      const mobile = await run(lighthouse, launch, url);
      const slow3g = await run(lighthouse, launch, url, SLOW_3G);
      const scores = Object.entries(mobile.scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(`  ${name.padEnd(12)} ${path}`);
      console.log(`    ${scores}; FCP ${s(mobile.fcp)}, LCP ${s(mobile.lcp)}, CLS ${mobile.cls.toFixed(3)}; slow 3G: FCP ${s(slow3g.fcp)}`);
    }
  } finally {
    await site.close();
  }
}
