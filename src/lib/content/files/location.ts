/**
 * Where the content folder is: `content/` by default, or `LANGSO_CONTENT` (relative to the
 * project root, or absolute) — how tests build small fixture sites with the same code.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['LANGSO_CONTENT'] || 'content';
}
