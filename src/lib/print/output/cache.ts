/**
 * The print cache: each job's files kept under a key that hashes the job (what it says, its
 * settings) and the renderer (the print room's code, the strings, the font and the libraries that
 * draw). Same key, same files; any change to an input gives a new key, so a file is never stale.
 * Lives in Astro's cache folder (`node_modules/.astro/` by default): a CI that keeps that folder
 * between runs keeps both Astro's optimised images and these files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrintFileType, PrintJob } from '../jobs.ts';
import { printFileName } from '../jobs.ts';

const PRINT_ROOM = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const I18N = resolve(PRINT_ROOM, '../../i18n');
const LIBRARIES = ['pdf-lib', '@pdf-lib/fontkit', 'qrcode', 'sharp', '@expo-google-fonts/be-vietnam-pro'];

const sourceFiles = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));

/** A digest of everything that draws: the print room's code, the UI strings, the libraries' versions and the font files. */
export function rendererDigest(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(PRINT_ROOM, /\.(ts|icc)$/), ...sourceFiles(I18N, /\.json$/)])
    hash.update(file.slice(PRINT_ROOM.length)).update(readFileSync(file));
  for (const name of LIBRARIES) hash.update(`${name}@${versionOf(name)}`);
  return hash.digest('hex');
}

/** The installed version of a package, from the nearest package.json above its entry point (not all export it). */
function versionOf(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  while (dir !== dirname(dir)) {
    const file = join(dir, 'package.json');
    const pkg = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }) : {};
    if (pkg.name === name) return pkg.version ?? '';
    dir = dirname(dir);
  }
  return '';
}

/** The cache key of one job under a renderer digest. */
export const jobKey = (job: PrintJob, renderer: string): string =>
  createHash('sha256').update(renderer).update(JSON.stringify(job)).digest('hex');

/** A folder of cached print files, one sub-folder per key. */
export class PrintCache {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  /** Where the files of a key live. */
  folder(key: string): string {
    return join(this.dir, key.slice(0, 2), key);
  }

  /** Whether every file of the job is cached under `key`. */
  has(key: string, job: PrintJob): boolean {
    return existsSync(join(this.folder(key), '.complete')) && job.files.every((t) => existsSync(this.path(key, job, t)));
  }

  /** Path of one cached file. */
  path(key: string, job: PrintJob, type: PrintFileType): string {
    return join(this.folder(key), printFileName(job.name, type));
  }

  /** Stores the files of a job; written aside and renamed into place, so a crash never leaves half a set. */
  put(key: string, job: PrintJob, files: Partial<Record<PrintFileType, Uint8Array>>): void {
    const folder = this.folder(key);
    const temp = `${folder}.${process.pid}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    for (const type of job.files) writeFileSync(join(temp, printFileName(job.name, type)), files[type]!);
    writeFileSync(join(temp, '.complete'), '');
    rmSync(folder, { recursive: true, force: true });
    renameSync(temp, folder);
  }

  /** Removes every cached key not in `keep`: the cache holds one build's worth of files. */
  prune(keep: Set<string>): number {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const shard of readdirSync(this.dir))
      for (const key of readdirSync(join(this.dir, shard))) {
        if (keep.has(key)) continue;
        rmSync(join(this.dir, shard, key), { recursive: true, force: true });
        removed++;
      }
    return removed;
  }
}
