/**
 * Whether a built site fits the free hosts a commune or a province publishes on: the output's files
 * and bytes against each host's published limits, so the build can say so before the upload fails.
 * `measureOutput` is this room's one file-system reader for it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/index.ts';

/** What a build wrote: how many files, their bytes, and the largest one. */
export interface OutputSize {
  files: number;
  bytes: number;
  largest: { file: string; bytes: number };
}

/** A host's published limits on one site's deployment (undefined: none). */
export interface HostLimit {
  host: string;
  files?: number;
  bytes?: number;
  fileBytes?: number;
}

const MiB = 1024 * 1024;
const GB = 1000 * 1000 * 1000;

/**
 * The free hosts the README's publishing section names. Cloudflare Pages: 20,000 files a site on
 * the Free plan (100,000 on paid), 25 MiB a file. GitHub Pages: a published site of at most 1 GB.
 * GitLab Pages: 1 GB and 200,000 files.
 */
export const HOST_LIMITS: HostLimit[] = [
  { host: 'Cloudflare Pages', files: 20_000, fileBytes: 25 * MiB },
  { host: 'GitHub Pages', bytes: GB },
  { host: 'GitLab Pages', files: 200_000, bytes: GB },
];

/** From this share of a limit on, the build says the site is close to it. */
export const NEAR_LIMIT = 0.9;

/** Files, bytes and the largest file under `dir`. */
export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { files: 0, bytes: 0, largest: { file: '', bytes: 0 } };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    size.files++;
    size.bytes += bytes;
    if (bytes > size.largest.bytes) size.largest = { file: file.slice(dir.length + 1), bytes };
  }
  return size;
}

/** One limit a site is over (`over`) or close to: which host, which measure, the site's figure and the limit. */
export interface HostFit {
  host: string;
  measure: 'files' | 'bytes' | 'fileBytes';
  value: number;
  limit: number;
  over: boolean;
}

/** Every host limit the output is over or within 10 % of, the ones it is over first. */
export function hostFit(size: OutputSize, limits: HostLimit[] = HOST_LIMITS): HostFit[] {
  const values = { files: size.files, bytes: size.bytes, fileBytes: size.largest.bytes };
  const fits = limits.flatMap(({ host, ...measures }) =>
    (Object.keys(values) as HostFit['measure'][]).flatMap((measure) => {
      const limit = measures[measure];
      const value = values[measure];
      return limit !== undefined && value >= limit * NEAR_LIMIT ? [{ host, measure, value, limit, over: value > limit }] : [];
    }),
  );
  return fits.sort((a, b) => Number(b.over) - Number(a.over));
}

/** The build's report of its output in the volunteer's language: its size, then each host limit it is over or close to. */
export function hostReport(size: OutputSize, lang: Lang, t: TFunction): string[] {
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  const bytes = (n: number): string => (n >= GB ? `${number.format(n / GB)} GB` : `${number.format(n / MiB)} MB`);
  const amount = (measure: HostFit['measure'], n: number): string =>
    measure === 'files' ? t('build.files', { count: number.format(n) }) : bytes(n);
  return [
    t('build.output', { files: amount('files', size.files), size: bytes(size.bytes) }),
    ...hostFit(size).map((f) =>
      t(f.over ? 'build.overHost' : 'build.nearHost', {
        host: f.host,
        limit: amount(f.measure, f.limit),
        value: amount(f.measure, f.value),
        measure: t(`build.measure.${f.measure}`, { file: size.largest.file }),
      }),
    ),
  ];
}
