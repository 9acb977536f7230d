/**
 * `npm run migrate`: moves every entry folder of a content folder to the web editor's layout
 * (`vi.md` → `index.vi.md`, `en.md` → `index.en.md`), so the editor at `/admin/` lists and edits
 * them. Only file names change: slugs, codes, URLs and printed plaques stay the same. A folder
 * already in the editor's layout is left alone, so running it twice is harmless.
 */
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EDITOR_LAYOUT, HAND_LAYOUT } from '../layout.ts';
import { KIND_DIRS, KINDS } from '../schema.ts';

/** One file to rename, paths relative to the root. */
export interface Rename {
  from: string;
  to: string;
}

/** The renames that move every hand-written entry folder to the editor's layout. */
export function planEditorLayout(root: string, contentDir: string): Rename[] {
  const renames: Rename[] = [];
  for (const kind of KINDS) {
    const kindDir = join(resolve(root, contentDir), KIND_DIRS[kind]);
    if (!existsSync(kindDir)) continue;
    for (const name of readdirSync(kindDir).sort()) {
      const folder = join(kindDir, name);
      if (name.startsWith('.') || !statSync(folder).isDirectory()) continue;
      // A folder holding both layouts is for a person to sort out (npm run check names it).
      if (existsSync(join(folder, EDITOR_LAYOUT.vi)) || !existsSync(join(folder, HAND_LAYOUT.vi))) continue;
      for (const lang of ['vi', 'en'] as const) {
        if (!existsSync(join(folder, HAND_LAYOUT[lang]))) continue;
        const rel = (file: string): string => relative(root, join(folder, file)).split('\\').join('/');
        renames.push({ from: rel(HAND_LAYOUT[lang]), to: rel(EDITOR_LAYOUT[lang]) });
      }
    }
  }
  return renames;
}

/** Renames the files; returns what it did. */
export function moveToEditorLayout(root: string, contentDir: string): Rename[] {
  const renames = planEditorLayout(root, contentDir);
  for (const { from, to } of renames) renameSync(join(root, from), join(root, to));
  return renames;
}
