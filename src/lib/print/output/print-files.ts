/**
 * The print step of a build: every job of the site is looked up in the cache by its key, only the
 * missing ones are rendered (across every core), and the files are then placed into the built
 * site. Started when the build starts, so printing runs beside Astro's page rendering.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entry } from '../../content/entries.ts';
import type { Site } from '../../content/site-schema.ts';
import { printFileName, printJobs, type PrintFileType, type PrintJob } from '../jobs.ts';
import { jobKey, PrintCache, rendererDigest } from './cache.ts';
import { renderAll } from './pool.ts';

/** What a print step did, and where each output file comes from. */
export interface PrintResult {
  rendered: string[];
  reused: number;
  /** Output path (relative to the site's root folder) → cached file. */
  files: Map<string, string>;
  cache: PrintCache;
  keys: Set<string>;
}

/** Renders what the cache lacks; resolves when every job's files are in the cache. */
export async function producePrintFiles(site: Site, entries: Entry[], cacheDir: string): Promise<PrintResult> {
  const cache = new PrintCache(cacheDir);
  const renderer = rendererDigest();
  const jobs = printJobs(site, entries).map((job) => ({ job, key: jobKey(job, renderer) }));
  const missing = jobs.filter(({ job, key }) => !cache.has(key, job));
  const keyOf = new Map(missing.map(({ job, key }) => [job, key]));
  await renderAll(
    missing.map((m) => m.job),
    (job, files) => cache.put(keyOf.get(job)!, job, files),
  );
  const files = new Map<string, string>();
  for (const { job, key } of jobs) for (const type of job.files) files.set(outputPath(job, type), cache.path(key, job, type));
  const rendered = missing.map(({ job }) => `${job.dir}${job.name}`);
  return { rendered, reused: jobs.length - missing.length, files, cache, keys: new Set(jobs.map((j) => j.key)) };
}

/** Where a job's file goes in the built site. */
const outputPath = (job: PrintJob, type: PrintFileType): string => `${job.dir}${printFileName(job.name, type)}`;

/** Puts the print files into `outDir` (hard links where the file system allows, else copies), then prunes the cache. */
export function placePrintFiles(outDir: string, result: PrintResult): void {
  for (const [rel, cached] of result.files) {
    const target = join(outDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    try {
      linkSync(cached, target);
    } catch {
      copyFileSync(cached, target);
    }
  }
  result.cache.prune(result.keys);
}
