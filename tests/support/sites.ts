/**
 * Test sites: the sample content and small fixtures, each built once per test run by the real
 * `npm run build` script into `.build/test/<name>/`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES = { sample: 'content', basic: 'tests/scenarios/basic/fixture' } as const;
export type SiteName = keyof typeof SITES;

/** Where a test site is built (`LANGSO_TEST_DIR` lets two test runs work side by side). */
export const outDir = (name: string): string => join(ROOT, process.env['LANGSO_TEST_DIR'] ?? '.build/test', name);

/** Vite/Vitest variables (BASE_URL, MODE, NODE_ENV…) that would leak into Astro's build and change its base. */
const VITEST_ENV = /^(VITEST.*|TEST|NODE_ENV|PROD|DEV|BASE_URL|MODE|SSR)$/;

/** The environment a real `npm run build` would see, without what Vitest adds. */
export const cleanEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.test(key)));

/** Runs `scripts/build.ts` with a content folder and an output folder; resolves with its output and exit code. */
export async function runBuild(content: string, out: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...cleanEnv(), LANGSO_CONTENT: content, LANGSO_OUT_DIR: out, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Reads a file of a built test site. */
export function readBuilt(name: SiteName, path: string): string {
  return readFileSync(join(outDir(name), path), 'utf8');
}

/** Whether a path exists in a built test site. */
export const builtExists = (name: SiteName, path: string): boolean => existsSync(join(outDir(name), path));
