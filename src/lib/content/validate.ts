/**
 * Validation of one parsed file against its zod schema: every issue becomes a volunteer's problem
 * with its line, and misspelt field names get a "did you mean". Pure: no file system.
 */
import type { ZodType } from 'zod';
import type { ParsedFile } from './frontmatter.ts';
import { describeIssue, type Problem } from './problems.ts';

/** Validates with a schema; each zod issue becomes a problem with its line. Returns the data, or null. */
export function validate(schema: ZodType, parsed: Pick<ParsedFile, 'data' | 'lineOf'>, file: string, problems: Problem[]): unknown {
  // reportInput: messages quote the value the volunteer wrote (zod 4 leaves it out by default).
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const described of describeIssue(issue, (path) => knownKeys(schema, path))) {
      // The described field may go deeper than the issue (an unknown key sits under its parent).
      const path = described.field ? described.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : issue.path;
      const line = parsed.lineOf(path);
      problems.push({ severity: 'error', file, ...(line ? { line } : {}), ...described });
    }
  }
  return null;
}

/** Field names the schema allows at a path, for "did you mean" suggestions. */
export function knownKeys(schema: ZodType, path: PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of path) node = childSchema(node, step);
  const shape = shapeOf(node);
  return shape ? Object.keys(shape) : [];
}

/** The schema inside optional/default/pipe wrappers. */
function unwrap(node: unknown): unknown {
  let def = (node as { def?: { innerType?: unknown; in?: unknown; type?: string } } | undefined)?.def;
  while (def && (def.innerType || (def.type === 'pipe' && def.in))) {
    node = def.innerType ?? def.in;
    def = (node as { def?: typeof def }).def;
  }
  return node;
}

function shapeOf(node: unknown): Record<string, unknown> | undefined {
  return (unwrap(node) as { def?: { shape?: Record<string, unknown> } } | undefined)?.def?.shape;
}

function childSchema(node: unknown, step: PropertyKey): unknown {
  const inner = unwrap(node) as { def?: { element?: unknown } } | undefined;
  if (typeof step === 'number') return inner?.def?.element;
  return shapeOf(inner)?.[String(step)];
}
