/**
 * Checks of an entry's photos on disk: each one named exists, is a format the build can read, and
 * is not huge; every English alt text matches a photo of `vi.md`; every picture in the text
 * (`![…](./x.jpg)`) is a file of the folder with an alt text.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bodyImages, isLocal } from '../body-images.ts';
import type { Entry } from '../entries.ts';
import type { LineOf } from '../frontmatter.ts';
import { picturesOf } from '../pictures.ts';
import type { Problem } from '../problems.ts';
import { entryFile } from '../layout.ts';

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const HEIC = /\.(heic|heif)$/i;
const RASTER = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/** Every photo named in the entry exists, is a format the build can read, and is not huge. */
export function checkImages(root: string, entry: Entry, lineOfVi: LineOf, lineOfEn?: LineOf): Problem[] {
  const problems: Problem[] = [];
  // Photos, and a guide's step screenshots (`steps.2.image.src`).
  picturesOf(entry).forEach((image) => {
    const at = { file: entryFile(entry, 'vi'), field: image.path.join('.'), ...lineAt(lineOfVi, image.path) };
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
    const at = { file: entryFile(entry, 'en'), field: `images.${i}.src`, ...lineAt(lineOfEn, ['images', i, 'src']) };
    problems.push({ severity: 'warning', ...at, key: 'enImageUnknown', values: { src: image.src } });
  });
  return problems;
}

/** The pictures written in the entry's texts: each a file of its folder, readable, with an alt text. */
export function checkBodyImages(root: string, entry: Entry): Problem[] {
  const problems: Problem[] = [];
  for (const lang of ['vi', 'en'] as const) {
    const file = `${entry.dir}/${lang}.md`;
    const text = entry.body[lang];
    if (!text || !existsSync(join(root, file))) continue;
    // Body lines count from the file's first line: the frontmatter comes before the text.
    const offset = readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n').split('\n').length - text.split('\n').length;
    for (const image of bodyImages(text)) {
      const at = { file, field: 'body', line: offset + image.line, values: { src: image.src } };
      if (!isLocal(image.src)) problems.push({ severity: 'warning', ...at, key: 'bodyImageRemote' });
      else if (HEIC.test(image.src)) problems.push({ severity: 'error', ...at, key: 'imageHeic' });
      else if (!existsSync(join(root, entry.dir, image.src))) problems.push({ severity: 'error', ...at, key: 'imageMissing' });
      else if (!RASTER.test(image.src)) problems.push({ severity: 'error', ...at, key: 'imageFormat' });
      if (!image.alt) problems.push({ severity: 'error', ...at, key: 'bodyImageAlt' });
    }
  }
  return problems;
}

function lineAt(lineOf: LineOf | undefined, path: PropertyKey[]): { line?: number } {
  const line = lineOf?.(path);
  return line ? { line } : {};
}
