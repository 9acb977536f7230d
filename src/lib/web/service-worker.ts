/**
 * The site's service worker, written by hand (about 2 KB): after a first visit the site keeps
 * working without signal, and is never stale with it.
 * - Pages: network first with a short timeout; each page fetched is saved with the date. With no
 *   signal (or none within the timeout) the saved copy is shown with a note of when it was saved
 *   ("Bản lưu ngày … / Saved on …"); a page never visited gets the site's own offline page, which
 *   lists every saved page. Online, the network always wins, so after a rebuild the next visit
 *   shows the new page (and saves it).
 * - Files under `_astro/` (photos, scripts: their names change with their content): cache first.
 *   Anything else (the search index, vCards, print files): network first, the saved copy offline.
 * Pages are saved under their path without the query (a search page once, not once per query).
 * The script carries a digest of itself: a build that changes it installs anew; others leave it be.
 */

/** What the worker says, in both languages. */
export interface OfflineStrings {
  saved: { vi: string; en: string };
  title: { vi: string; en: string };
  text: { vi: string; en: string };
  none: { vi: string; en: string };
}

/** How long a page may take before the saved copy is shown instead. */
export const NETWORK_TIMEOUT_MS = 4000;

/** The worker's code; its settings (`C`) are written before it. */
const WORKER = `const PAGES = 'langso-pages', FILES = 'langso-files';
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
const key = (req) => { const u = new URL(req.url); u.search = ''; u.hash = ''; return u.href; };
const esc = (s) => s.replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
const day = (iso, lang) => new Date(iso).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
async function save(cache, req, res) {
  const headers = new Headers(res.headers);
  headers.set('x-langso-saved', new Date().toISOString());
  await cache.put(key(req), new Response(await res.clone().blob(), { status: res.status, statusText: res.statusText, headers }));
}
function network(req, cacheName) {
  const got = fetch(req).then(async (res) => {
    if (res.ok) await save(await caches.open(cacheName), req, res);
    return res;
  });
  const late = new Promise((_, no) => setTimeout(() => no(new Error('timeout')), C.timeout));
  return { got, fast: Promise.race([got, late]) };
}
async function withNote(res) {
  const html = await res.text(), lang = /<html[^>]*lang="en"/.test(html) ? 'en' : 'vi';
  const note = '<p class="note" role="note" id="saved-copy" style="margin:0;border-radius:0">' + esc(C.strings.saved[lang].replace('{{date}}', day(res.headers.get('x-langso-saved'), lang))) + '</p>';
  return new Response(html.replace(/<body[^>]*>/, (b) => b + note), { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
async function offlinePage() {
  const cache = await caches.open(PAGES), items = [];
  for (const req of (await cache.keys()).filter((r) => !/\\/q\\//i.test(new URL(r.url).pathname)).slice(-200)) {
    const t = /<title>([^<]*)<\\/title>/.exec(await (await cache.match(req)).text());
    items.push('<li><a href="' + esc(new URL(req.url).pathname) + '">' + (t ? t[1] : esc(req.url)) + '</a></li>');
  }
  const half = (l) => '<section lang="' + l + '"><h' + (l === 'vi' ? 1 : 2) + '>' + esc(C.strings.title[l]) + '</h' + (l === 'vi' ? 1 : 2) + '><p>' + esc(items.length ? C.strings.text[l] : C.strings.none[l]) + '</p></section>';
  const body = half('vi') + half('en') + '<ul>' + items.join('') + '</ul>';
  return new Response('<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>' + esc(C.strings.title.vi) + '</title><style>body{font:1.15rem/1.5 system-ui,sans-serif;max-width:32rem;margin:1.5rem auto;padding:0 1rem}li{margin:.75rem 0}</style></head><body>' + body + '</body></html>', { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
async function page(req) {
  const { got, fast } = network(req, PAGES);
  try { return await fast; } catch {
    const saved = await caches.match(key(req), { cacheName: PAGES });
    if (saved) return withNote(saved);
    try { return await got; } catch { return offlinePage(); }
  }
}
async function file(req) {
  if (new URL(req.url).pathname.startsWith(C.base + '_astro/')) {
    const hit = await caches.match(req);
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok) await (await caches.open(FILES)).put(key(req), res.clone());
    return res;
  }
  const { got } = network(req, FILES);
  try { return await got; } catch { return (await caches.match(key(req))) || Response.error(); }
}
self.addEventListener('fetch', (e) => {
  const req = e.request, url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(C.base)) return;
  e.respondWith(req.mode === 'navigate' ? page(req) : file(req));
});
`;

/** The worker's source for a site under `base`, at one build's `version`. */
export function serviceWorker(base: string, version: string, strings: OfflineStrings): string {
  const config = JSON.stringify({ base, version, timeout: NETWORK_TIMEOUT_MS, strings });
  return `/* Làng Số offline worker, ${version} */\nconst C = ${config};\n${WORKER}`;
}

/** The inline script that registers the worker once the page has loaded (it never delays reading). */
export const registerScript = (base: string): string =>
  `if('serviceWorker'in navigator)addEventListener('load',function(){navigator.serviceWorker.register(${JSON.stringify(`${base}sw.js`)})})`;
