/**
 * A static file server on loopback for browser tests, behaving like a plain static host:
 * `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`, anything else is a 404 — the site's own
 * `404.html` (under the mount) when it has one, as Netlify, Cloudflare Pages and GitHub Pages do.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.vcf': 'text/vcard',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface Served {
  /** Origin with the mount path, e.g. `http://127.0.0.1:1234/lang-thu/`. */
  url: string;
  /** Bytes sent per request path since the last `reset()`. */
  log: { path: string; bytes: number }[];
  /** Drops every connection from now on (`true`), as a phone without signal meets the site, or serves again. */
  setOffline: (offline: boolean) => void;
  close: () => Promise<void>;
}

/** Text a host sends gzipped when `gzip` is asked for (as Netlify, Cloudflare and GitHub Pages do). */
const TEXT = /\.(html|css|m?js|json|svg|xml|webmanifest)$/;

/** Serves `dir` at `mount` (e.g. `/` or `/lang-thu/`) on a free loopback port; `gzip` compresses text like a real host. */
export async function serve(dir: string, mount = '/', { gzip = false } = {}): Promise<Served> {
  const log: Served['log'] = [];
  let offline = false;
  const server: Server = createServer((req, res) => {
    if (offline) return void req.socket.destroy();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(mount)) return void res.writeHead(404).end('not found');
    let file = normalize(join(dir, path.slice(mount.length)));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const page = join(dir, '404.html');
      if (!existsSync(page)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      return void createReadStream(page).pipe(res);
    }
    const size = statSync(file).size;
    log.push({ path, bytes: size });
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (gzip && TEXT.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      return void createReadStream(file)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
    }
    res.writeHead(200, { 'content-type': type, 'content-length': size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    log,
    setOffline: (value) => {
      offline = value;
      if (value) server.closeAllConnections();
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}
