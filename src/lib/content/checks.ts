/**
 * Checks that need more than one file: photos on disk, duplicate slugs and codes, known areas.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codesOf, type Entry } from './entries.ts';
import { closest, type Problem } from './problems.ts';
import type { Site } from './schema.ts';

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const HEIC = /\.(heic|heif)$/i;
const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Every photo named in the entry exists, is a format the build can read, and is not huge. */
export function checkImages(
  root: string,
  entry: Entry,
  lineOfVi: (path: PropertyKey[]) => number | undefined,
  lineOfEn?: (path: PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  entry.data.images.forEach((image, i) => {
    const at = { file: `${entry.dir}/vi.md`, field: `images.${i}.src`, ...lineAt(lineOfVi, ['images', i, 'src']) };
    const path = join(root, entry.dir, image.src);
    if (HEIC.test(image.src)) problems.push({ severity: 'error', ...at, key: 'imageHeic', values: { src: image.src } });
    else if (!existsSync(path)) problems.push({ severity: 'error', ...at, key: 'imageMissing', values: { src: image.src } });
    else if (!RASTER.test(image.src)) problems.push({ severity: 'error', ...at, key: 'imageFormat', values: { src: image.src } });
    else if (statSync(path).size > MAX_PHOTO_BYTES) {
      const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
      problems.push({ severity: 'warning', ...at, key: 'imageLarge', values: { src: image.src, mb } });
    }
  });
  entry.en?.images.forEach((image, i) => {
    if (entry.data.images.some((v) => v.src === image.src)) return;
    const at = { file: `${entry.dir}/en.md`, field: `images.${i}.src`, ...lineAt(lineOfEn, ['images', i, 'src']) };
    problems.push({ severity: 'warning', ...at, key: 'enImageUnknown', values: { src: image.src } });
  });
  return problems;
}

function lineAt(lineOf: ((path: PropertyKey[]) => number | undefined) | undefined, path: PropertyKey[]): { line?: number } {
  const line = lineOf?.(path);
  return line ? { line } : {};
}

/** Duplicate slugs (two folders that fold to one URL), duplicate codes, unknown areas. */
export function checkEntries(entries: Entry[], site: Site | null): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, Entry>();
  const codes = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.kind}/${entry.slug}`;
    const other = slugs.get(key);
    if (other)
      problems.push({
        severity: 'error',
        file: `${entry.dir}/vi.md`,
        key: 'duplicateSlug',
        values: { slug: entry.slug, other: `${other.dir}/vi.md` },
      });
    else slugs.set(key, entry);
    for (const code of codesOf(entry)) {
      const holder = codes.get(code);
      if (holder)
        problems.push({
          severity: 'error',
          file: `${entry.dir}/vi.md`,
          field: 'code',
          key: 'duplicateCode',
          values: { code, other: `${holder.dir}/vi.md` },
        });
      else codes.set(code, entry);
    }
    if (site && !site.areas.some((a) => a.id === entry.data.area)) {
      const suggestion =
        closest(
          entry.data.area,
          site.areas.map((a) => a.id),
        ) ?? '';
      problems.push({
        severity: 'error',
        file: `${entry.dir}/vi.md`,
        field: 'area',
        key: 'unknownArea',
        values: { area: entry.data.area, known: site.areas.map((a) => a.id).join(', '), suggestion },
      });
    }
    if (!entry.en) problems.push({ severity: 'warning', file: `${entry.dir}/en.md`, key: 'missingEn' });
  }
  return problems;
}
