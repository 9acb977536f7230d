/**
 * Validation of one parsed file against its zod schema: every issue becomes a volunteer's problem
 * with its line, and misspelt field names get a "did you mean". Pure: no file system.
 */
import { z, type ZodType } from 'zod';
import { describeIssue, type Described, type SchemaLookup } from './error-map.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** Validates with a schema; each zod issue becomes a problem with its line. Returns the data, or null. */
export function validate(schema: ZodType, parsed: Pick<ParsedFile, 'data' | 'lineOf'>, file: string, problems: Problem[]): unknown {
  // reportInput: messages quote the value the volunteer wrote (zod 4 leaves it out by default).
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return result.data;
  const lookup = schemaLookup(schema);
  const described = result.error.issues.flatMap((issue) => describeIssue(issue, lookup));
  for (const problem of withoutSuggested(described)) {
    // The described field may go deeper than the issue (an unknown key sits under its parent).
    const path = problem.field ? problem.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [];
    const line = parsed.lineOf(path);
    problems.push({ severity: 'error', file, ...(line ? { line } : {}), ...problem });
  }
  return null;
}

/**
 * Drops "`title` is missing" when the same file has "`titel`: did you mean `title`?": one fix
 * mends both, and two messages would send the volunteer to add a second line.
 */
function withoutSuggested(described: Described[]): Described[] {
  const suggested = new Set(
    described
      .filter((d) => d.key === 'unknownFieldSuggest')
      .map((d) => [...(d.field ?? '').split('.').slice(0, -1), d.values?.['suggestion']].join('.')),
  );
  return described.filter((d) => d.key !== 'missing' || !suggested.has(d.field ?? ''));
}

/** What a schema allows at a path, for messages. */
function schemaLookup(schema: ZodType): SchemaLookup {
  return {
    knownKeys: (path) => Object.keys(shapeOf(objectAt(schema, path)) ?? {}),
    meta: (path) => {
      const node = objectAt(schema, path);
      return node ? z.globalRegistry.get(node as ZodType) : undefined;
    },
  };
}

interface Def {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  options?: unknown[];
}
const defOf = (node: unknown): Def | undefined => (node as { def?: Def } | undefined)?.def;

/** The schema inside optional/default/pipe wrappers; for a union, its choice that is an object. */
function unwrap(node: unknown): unknown {
  let def = defOf(node);
  while (def && (def.innerType || (def.type === 'pipe' && def.in) || def.type === 'union')) {
    node = def.type === 'union' ? def.options?.find((option) => shapeOf(option)) : (def.innerType ?? def.in);
    def = defOf(node);
  }
  return node;
}

function shapeOf(node: unknown): Record<string, unknown> | undefined {
  return defOf(unwrap(node))?.shape;
}

/** The object schema at a path, if any. */
function objectAt(schema: unknown, path: readonly PropertyKey[]): unknown {
  let node = schema;
  for (const step of path) {
    const inner = unwrap(node);
    node = typeof step === 'number' ? defOf(inner)?.element : shapeOf(inner)?.[String(step)];
  }
  const inner = unwrap(node);
  return shapeOf(inner) ? inner : undefined;
}
