/**
 * The tree says the architecture: each room of `src/lib/` imports only from rooms below it, nothing
 * in `src/lib/` depends on Astro's runtime or on pages, and files and functions stay small enough to
 * read. The order is the README's Rooms table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');
/** Lower numbers sit lower: a room may import from its own room and from lower ones only. */
const RANK: Record<string, number> = {
  calendar: -1,
  content: 0,
  codes: 1,
  people: 1,
  editor: 1,
  print: 2,
  search: 2,
  web: 2,
  hannom: 2,
  audio: 2,
  check: 3,
};

const files = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));

/** Relative and bare import specifiers of a source file (static imports, re-exports, dynamic imports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => (m[1] ?? m[2])!,
  );
}

const roomOf = (file: string): string => relative(LIB, file).split(/[\\/]/)[0]!;

describe('rooms', () => {
  const libFiles = files(LIB, /\.ts$/);

  it('every folder of src/lib is a room of the table, and no loose files sit beside them', () => {
    const loose = libFiles.filter((f) => !relative(LIB, f).includes('/')).map((f) => relative(LIB, f));
    expect(loose).toEqual([]);
    expect([...new Set(libFiles.map(roomOf))].sort()).toEqual(Object.keys(RANK).sort());
  });

  it('imports never go up or sideways between rooms', () => {
    const wrong: string[] = [];
    for (const file of libFiles) {
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const target = resolve(dirname(file), spec);
        const from = roomOf(file);
        if (!target.startsWith(LIB)) {
          if (!target.startsWith(join(ROOT, 'src/i18n'))) wrong.push(`${relative(ROOT, file)} → ${spec} (outside src/lib)`);
          continue;
        }
        const to = roomOf(target);
        if (to !== from && !(RANK[to]! < RANK[from]!)) wrong.push(`${relative(ROOT, file)} → ${relative(ROOT, target)} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('nothing in src/lib imports Astro’s runtime (astro:*), so every room is testable without a build', () => {
    const astro = libFiles.filter((f) => importsOf(f).some((s) => s.startsWith('astro:')));
    expect(astro.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('source files stay under 300 lines and functions under 40', () => {
    const sources = [...files(join(ROOT, 'src'), /\.(ts|astro)$/), ...files(join(ROOT, 'scripts'), /\.ts$/)];
    const long: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').length;
      if (lines > 300) long.push(`${relative(ROOT, file)}: ${lines} lines`);
      if (file.endsWith('.ts')) long.push(...longFunctions(file, text));
    }
    expect(long).toEqual([]);
  });
});

/** Functions of a TypeScript file longer than 40 lines, as `file:line name (n lines)`. */
function longFunctions(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = (node as { name?: ts.Node }).name?.getText(source) ?? '(anonymous)';
      if (end - start + 1 > 40) found.push(`${relative(ROOT, file)}:${start + 1} ${name} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
