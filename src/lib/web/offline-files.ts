/**
 * Writes what makes the site work offline and installable into the built site: the service worker
 * (`sw.js`), the web app manifest (`manifest.webmanifest`) and its icons, drawn from the site's
 * `favicon.svg` by sharp (192 and 512 px PNGs, what Android asks of an installable app).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { useT, type Lang } from '../../i18n/index.ts';
import { serviceWorker, type OfflineStrings } from './service-worker.ts';

/** The site's names, as `site.yaml` gives them. */
interface Names {
  vi: string;
  en: string;
}

const both = (key: string, options: Record<string, string> = {}): { vi: string; en: string } => ({
  vi: useT('vi')(key, options),
  en: useT('en')(key, options),
});

/** The worker's words in both languages (`{{date}}` is filled in by the worker). */
export const offlineStrings = (): OfflineStrings => ({
  saved: both('offline.saved', { date: '{{date}}' }),
  title: both('offline.title'),
  text: both('offline.text'),
  none: both('offline.none'),
});

/** The web app manifest: the site's name, its colours, its icons, opening at the home page. */
export function webManifest(base: string, name: Names, lang: Lang = 'vi'): string {
  const icon = (size: number) => ({ src: `${base}icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png' });
  return JSON.stringify({
    name: name[lang],
    short_name: name[lang].length > 12 ? name[lang].split(/\s+/).slice(0, 2).join(' ') : name[lang],
    lang,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fffdf8',
    theme_color: '#8a1c14',
    icons: [icon(192), icon(512), { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
  });
}

/** Writes `sw.js`, `manifest.webmanifest` and the icons into `outDir`; returns the worker's size in bytes. */
export async function writeOfflineFiles(outDir: string, base: string, name: Names): Promise<number> {
  const strings = offlineStrings();
  const version = createHash('sha256')
    .update(serviceWorker(base, '', strings))
    .digest('hex')
    .slice(0, 12);
  const worker = serviceWorker(base, version, strings);
  writeFileSync(join(outDir, 'sw.js'), worker);
  writeFileSync(join(outDir, 'manifest.webmanifest'), webManifest(base, name));
  const svg = join(outDir, 'favicon.svg');
  if (existsSync(svg)) {
    const source = readFileSync(svg);
    for (const size of [192, 512])
      await sharp(source, { density: 1200 })
        .resize(size, size)
        .png()
        .toFile(join(outDir, `icon-${size}.png`));
  }
  return Buffer.byteLength(worker);
}
