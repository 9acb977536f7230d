/**
 * zod issues as volunteers' problems: one problem name and its values per issue, the field path
 * prefixed, unions merged into one sentence that says what may be written (after Starlight's
 * `utils/error-map.ts`). Pure: what the schema allows at a path comes through a {@link SchemaLookup}.
 */
import { stringify } from 'yaml';
import type { $ZodIssue, $ZodIssueInvalidType, $ZodIssueInvalidUnion } from 'zod/v4/core';
import { isProblemKey, type ProblemKey } from './problem-keys.ts';
import { closest, type Problem } from './problems.ts';

/** A problem as far as one issue tells it: the file and line are the caller's. */
export type Described = Pick<Problem, 'key' | 'values' | 'field'>;

/** What the schema says about a path; inside a union, about its object choice. */
export interface SchemaLookup {
  /** Field names allowed in the object at a path, for "did you mean" and examples. */
  knownKeys(path: readonly PropertyKey[]): string[];
  /** The object's `.meta()`: `unit` of its numbers, `examples` of a whole value. */
  meta(path: readonly PropertyKey[]): Record<string, unknown> | undefined;
}

/** A value as the volunteer wrote it: lists and groups in YAML's one-line form. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return String(value);
}

/** Turns one zod issue into problems; `prefix` is the path of the union an inner issue came from. */
export function describeIssue(issue: $ZodIssue, lookup: SchemaLookup, prefix: readonly PropertyKey[] = []): Described[] {
  const path = [...prefix, ...issue.path];
  const field = path.map(String).join('.');
  const values = { input: shown(issue.input), name: lastName(path) };
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
    if (issue.input === undefined) return [{ field, key: 'missing', values }];
    // An empty line (`hours:`) reads as null in YAML.
    if (issue.input === null) return [{ field, key: 'empty', values }];
  }
  // Our own checks name their problem in the message (`phone`, `lat`, `code`, …).
  if (isProblemKey(issue.message)) return [{ field, key: issue.message, values }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownField(key, path, lookup));
    case 'invalid_type':
      return [wrongType(issue, path, lookup)];
    case 'invalid_value':
      return [{ field, key: 'notInList', values: { ...values, allowed: issue.values.map(String).join(', ') } }];
    case 'invalid_union':
      return describeUnion(issue, path, lookup);
    case 'too_small':
      return [{ field, key: smallKey(issue.origin), values: { ...values, minimum: String(issue.minimum) } }];
    case 'too_big':
      return [{ field, key: 'tooBig', values: { ...values, maximum: String(issue.maximum) } }];
    case 'invalid_format':
      return [{ field, key: issue.format === 'url' ? 'badUrl' : issue.format === 'date' ? 'badDate' : 'badFormat', values }];
    default:
      return [{ field, key: 'invalid', values }];
  }
}

/** The last field name of a path (`size` for `plaque.size`), as a volunteer writes it before `:`. */
function lastName(path: readonly PropertyKey[]): string {
  return String([...path].reverse().find((step) => typeof step === 'string') ?? '');
}

const smallKey = (origin: string): ProblemKey => (origin === 'string' ? 'empty' : origin === 'array' ? 'tooFew' : 'tooSmall');

/** A field the schema does not have: a likely typo of one it has, or a decimal comma read as a field. */
function unknownField(key: string, path: readonly PropertyKey[], lookup: SchemaLookup): Described {
  const field = [...path.map(String), key].join('.');
  // `{ lat: 21,1, lng: 106.4 }` reads as lat 21 and a field "1": a decimal comma, not a field.
  if (/^\d+$/.test(key)) return { field, key: 'decimalComma', values: { name: key } };
  const known = lookup.knownKeys(path);
  const suggestion = closest(key, known);
  const values = { name: key, suggestion: suggestion ?? '', known: known.join(', ') };
  return { field, key: suggestion ? 'unknownFieldSuggest' : 'unknownField', values };
}

const TYPE_KEYS: Record<string, ProblemKey> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notWholeNumber',
  boolean: 'notTrueFalse',
  array: 'notList',
  object: 'notGroup',
};

/** A value of the wrong kind: what kind is needed, with an example of it written right. */
function wrongType(issue: $ZodIssueInvalidType, path: readonly PropertyKey[], lookup: SchemaLookup): Described {
  const field = path.map(String).join('.');
  const name = lastName(path);
  const input = shown(issue.input);
  const key = TYPE_KEYS[issue.expected] ?? 'wrongType';
  const fields = lookup.knownKeys(path);
  const example = key === 'notGroup' ? `${lead(path)}${placeholders(fields)}` : `${lead(path)}${JSON.stringify(input)}`;
  return { field, key, values: { input, name, fields: fields.join(', '), example } };
}

/** How the line of a value starts: `name: ` for a field, `- ` for an item of a list. */
const lead = (path: readonly PropertyKey[]): string => (typeof path.at(-1) === 'number' ? '- ' : `${lastName(path)}: `);

/** `{ vi: …, en: … }`: the shape of a group of fields, to fill in. */
const placeholders = (fields: string[]): string => `{ ${fields.map((f) => `${f}: …`).join(', ')} }`;

/** A branch that refused the value as a whole (wrong kind, not in its list), not something inside it. */
const refusesWhole = (inner: $ZodIssue): boolean =>
  inner.path.length === 0 && (inner.code === 'invalid_type' || inner.code === 'invalid_value');

/**
 * A value no choice of a union accepts. When one choice took its kind (a group of fields with
 * something wrong inside), that is what the volunteer meant: its own problems are told. Otherwise
 * one sentence lists every choice: the allowed words and the fields of the group, with their unit.
 */
function describeUnion(issue: $ZodIssueInvalidUnion, path: readonly PropertyKey[], lookup: SchemaLookup): Described[] {
  const meant = issue.errors.filter((branch) => !branch.some(refusesWhole));
  if (meant.length === 1) return meant[0]!.flatMap((inner) => describeIssue(inner, lookup, path));
  const refusals = issue.errors.flat().filter(refusesWhole);
  const allowed = refusals.flatMap((inner) => (inner.code === 'invalid_value' ? inner.values.map(String) : []));
  const group = refusals.some((inner) => inner.code === 'invalid_type' && inner.expected === 'object');
  const field = path.map(String).join('.');
  const values = { input: shown(issue.input), name: lastName(path), allowed: allowed.join(', ') };
  if (!allowed.length) return [{ field, key: 'invalid', values }];
  if (!group) return [{ field, key: 'notInList', values }];
  const fields = lookup.knownKeys(path);
  const meta = lookup.meta(path);
  const unit = typeof meta?.['unit'] === 'string' ? ` (${meta['unit']})` : '';
  const examples = meta?.['examples'];
  const example = Array.isArray(examples) ? shown(examples[0]) : placeholders(fields);
  const shape = `{ ${fields.join(', ')} }${unit}`;
  return [{ field, key: 'notInListOrFields', values: { ...values, first: allowed[0]!, shape, example } }];
}
