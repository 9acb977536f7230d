/**
 * Bad-input fixtures for the authoring tests: a copy of `fixture/` (one clean relic, one clean team)
 * in a temporary folder, changed file by file, then read with the same code `npm run check` and
 * the build use.
 */
import { execFile } from 'node:child_process';
import { afterAll } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { formatProblem, type Problem } from '../../../src/lib/content/problems.ts';
import { checkSite, type CheckedSite } from '../../../src/lib/check/check-site.ts';
import { cleanEnv, ROOT } from '../../support/sites.ts';

export { ROOT };
/** The clean base fixture every authoring test starts from. */
export const BASE = join(import.meta.dirname, 'fixture');

/** Temporary sites of the test file that imports this module, removed after its last test. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the base fixture at `<temp>/content`; returns the temp root. */
export function copySite(base = BASE): string {
  const root = mkdtempSync(join(tmpdir(), 'langso-authoring-'));
  made.push(root);
  cpSync(base, join(root, 'content'), { recursive: true });
  return root;
}

/** Writes a file under `<root>/content`, creating folders. */
export function write(root: string, path: string, text: string | Buffer): void {
  const file = join(root, 'content', path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Reads a file under `<root>/content`. */
export const read = (root: string, path: string): string => readFileSync(join(root, 'content', path), 'utf8');

/** Replaces text in a file under `<root>/content`; fails loudly when the text is not there. */
export function edit(root: string, path: string, from: string | RegExp, to: string): void {
  const text = read(root, path);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: ${String(from)} not found`);
  write(root, path, next);
}

/** Reads the content of a temp site. */
export const check = (root: string): CheckedSite => checkSite(root, 'content');

/** Problems with a given key. */
export const withKey = (content: CheckedSite, key: string): Problem[] => content.problems.filter((p) => p.key === key);

/** A problem as a volunteer reads it, in Vietnamese or English. */
export const say = (p: Problem, lang: 'vi' | 'en' = 'vi'): string => formatProblem(p, lang);

/** Runs a script of `scripts/` in `cwd`; resolves with its exit code and output. */
export async function runScript(
  script: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string }> {
  // Vietnamese and content/ unless the test says otherwise, whatever the shell running the tests has.
  const { LANGSO_LANG: _lang, LANGSO_CONTENT: _content, ...inherited } = cleanEnv();
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', script), ...args], {
      cwd,
      env: { ...inherited, LANG: 'vi_VN.UTF-8', ...env },
    });
    return { code: 0, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: stripVTControlCharacters(`${e.stdout ?? ''}${e.stderr ?? ''}`) };
  }
}
