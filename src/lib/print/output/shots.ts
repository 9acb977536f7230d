/**
 * Reads a guide's step screenshot for its printed sheet. The bytes go into the print job as
 * base64, so the job's cache key changes whenever the picture does, and workers read no files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The screenshot `src` of the entry folder `dir` (relative to the working folder, the project root) as base64, or null. */
export function readShot(dir: string, src: string): string | null {
  const path = resolve(dir, src);
  return existsSync(path) ? readFileSync(path).toString('base64') : null;
}
