/**
 * The editor's fields, made from the content schema rather than written by hand: each zod schema is
 * turned into JSON Schema (`z.toJSONSchema`, the input side, so a phone typed as text is text), and
 * each property becomes a field of Sveltia CMS (Decap's configuration format). A kind added to
 * `KINDS`, or a field added to a schema, appears in the editor at the next build.
 */

/** The part of JSON Schema the content schemas use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  anyOf?: JsonSchema[];
  default?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
}

/** A field of the editor's configuration (Sveltia CMS / Decap CMS). */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  [option: string]: unknown;
}

/** What the field builder needs besides the schema: words, and which fields have an English side. */
export interface FieldContext {
  /** Vietnamese label of a field path such as `members.consent.date`. */
  label: (path: string) => string;
  /** Vietnamese hint of a field path, if any. */
  hint: (path: string) => string | undefined;
  /** Label of an enum value of a field, e.g. `rank` + `national` → `Di tích quốc gia`. */
  option: (path: string, value: string) => string;
  /** The translation schema's properties at the same place, when the entry has an English file. */
  english?: JsonSchema | undefined;
  /** Fixed values for a field path (e.g. `area` → the site's communes, `code` → a fresh code). */
  special?: (path: string) => Partial<EditorField> | undefined;
  /** Words added to the hint of a field only `en.md` has (a guide step's English screenshot text). */
  onlyEnglish?: string;
}

/**
 * Fields that name the same thing in both files: a photo by its `src`. An English narration's
 * `src`, by contrast, is its own recording, so it is translated like a text.
 */
const SHARED_PATHS = new Set(['images.src']);
/** Text fields written as a paragraph rather than one line. */
const PARAGRAPHS = new Set(['summary']);

/** The editor fields of an object schema: one per property, in the schema's order. */
export function objectFields(schema: JsonSchema, ctx: FieldContext, prefix = ''): EditorField[] {
  const fields = Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const english = ctx.english?.properties?.[name];
    const field = fieldOf(name, prop, { ...ctx, english }, `${prefix}${name}`, !mustFill(schema, name));
    field['required'] ??= mustFill(schema, name) ? (ctx.english ? ['vi'] : true) : false;
    if (ctx.english) field['i18n'] = english ? (SHARED_PATHS.has(`${prefix}${name}`) ? 'duplicate' : true) : false;
    // A list of texts is translated row by row: its rows must say so too, or the English side is read-only.
    const row = field['field'] as EditorField | undefined;
    if (row && ctx.english) row['i18n'] = field['i18n'];
    return field;
  });
  return [...fields, ...englishOnlyFields(schema, ctx, prefix)];
}

/** Whether an object schema needs a value for one of its properties (required, no default). */
const mustFill = (schema: JsonSchema, name: string): boolean =>
  (schema.required ?? []).includes(name) && schema.properties?.[name]?.default === undefined;

/**
 * Fields only `en.md` has at this place, such as the English description of a guide step's
 * screenshot (`steps: [{ text, alt }]` in `en.md`, `steps: [{ text, image: { src, alt } }]` in
 * `vi.md`). The editor writes both files from one form, so the field is offered in both panes, left
 * empty (and so left out) in Vietnamese, and its hint says so.
 */
function englishOnlyFields(schema: JsonSchema, ctx: FieldContext, prefix: string): EditorField[] {
  const english = ctx.english;
  const own = Object.entries(english?.properties ?? {}).filter(([name]) => !schema.properties?.[name]);
  return own.map(([name, prop]) => {
    const path = `${prefix}${name}`;
    const field = fieldOf(name, prop, { ...ctx, english: prop }, path);
    const hint = [field['hint'], ctx.onlyEnglish].filter(Boolean).join(' ');
    return { ...field, ...(hint ? { hint } : {}), required: mustFill(english!, name) ? ['en'] : false, i18n: true };
  });
}

/**
 * In a list matched by position, an English item needs what the English schema requires of it
 * (a step's sentence, a festival's name): the editor copies Vietnamese items into the English side,
 * and an item left half empty would not read. Photos' descriptions stay optional in English.
 */
function requireInEnglish(fields: EditorField[], english: JsonSchema | undefined): EditorField[] {
  for (const field of fields) {
    const both = english && mustFill(english, field.name) && String(field['required']) === 'vi';
    if (both && field['i18n'] === true) field['required'] = true;
  }
  return fields;
}

/** One editor field for one property (`optional`: it may be left out). */
function fieldOf(name: string, prop: JsonSchema, ctx: FieldContext, path: string, optional = true): EditorField {
  const base: EditorField = { name, label: ctx.label(path), widget: 'string' };
  const hint = ctx.hint(path);
  if (hint) base['hint'] = hint;
  if (prop.default !== undefined && !isEmpty(prop.default)) base['default'] = prop.default;
  return { ...base, ...widgetOf(prop, ctx, path, optional), ...ctx.special?.(path) };
}

const isEmpty = (value: unknown): boolean =>
  (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && !Object.keys(value).length);

/** The widget and its options for a property, by its JSON Schema shape. */
function widgetOf(prop: JsonSchema, ctx: FieldContext, path: string, optional: boolean): Partial<EditorField> {
  const date = [prop, ...(prop.anyOf ?? [])].some((p) => p.format === 'date');
  if (date) return { widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
  const choice = [prop, ...(prop.anyOf ?? [])].find((p) => p.enum);
  if (choice) return { widget: 'select', options: optionsOf(choice.enum!, ctx, path) };
  if (prop.type === 'array') return listOf(prop.items ?? {}, ctx, path, prop.minItems);
  // One text or a list of texts (an inscription's lines): offered as a list, which reads both.
  const lines = prop.anyOf?.find((p) => p.type === 'array');
  if (lines && prop.anyOf!.some((p) => p.type === 'string')) return listOf(lines.items ?? {}, ctx, path, lines.minItems);
  if (prop.type === 'object') return { widget: 'object', fields: objectFields(prop, ctx, `${path}.`) };
  if (prop.type === 'boolean') return optional && prop.default === undefined ? eitherOf(ctx, path) : { widget: 'boolean' };
  if (prop.type === 'number' || prop.type === 'integer') return numberOf(prop);
  return {
    widget: PARAGRAPHS.has(path) ? 'text' : 'string',
    ...(prop.pattern ? { pattern: [prop.pattern, ctx.hint(`${path}.pattern`) ?? ctx.label(path)] } : {}),
  };
}

/** A list: of choices (many may be picked), of numbers in a range (months), of texts or of objects. */
function listOf(items: JsonSchema, ctx: FieldContext, path: string, min?: number): Partial<EditorField> {
  const atLeast = min ? { min } : {};
  if (items.enum) return { widget: 'select', multiple: true, options: optionsOf(items.enum, ctx, path), ...atLeast };
  if (items.type === 'integer' && items.minimum !== undefined && items.maximum !== undefined) {
    const values = Array.from({ length: items.maximum - items.minimum + 1 }, (_, i) => items.minimum! + i);
    return { widget: 'select', multiple: true, options: optionsOf(values, ctx, path), ...atLeast };
  }
  if (items.type === 'object') {
    const fields = requireInEnglish(objectFields(items, { ...ctx, english: ctx.english?.items }, `${path}.`), ctx.english?.items);
    return { widget: 'list', fields, ...atLeast, ...summaryOf(fields) };
  }
  return { widget: 'list', field: { name: 'item', label: ctx.label(path), widget: 'string' }, ...atLeast };
}

/** A list item is shown collapsed by its first text (a member's name, a photo's description). */
function summaryOf(fields: EditorField[]): { summary?: string } {
  const first = fields.find((f) => f.widget === 'string' && f.name !== 'src') ?? fields[0];
  return first ? { summary: `{{fields.${first.name}}}` } : {};
}

/**
 * A yes/no that may also be left unsaid, where unsaid means something of its own (an inscription
 * in columns or not: left out, a couplet is in columns and a board is not). A tick box would write
 * `false` for every untouched one, so it is a choice of two that may stay empty.
 */
function eitherOf(ctx: FieldContext, path: string): Partial<EditorField> {
  return { widget: 'select', options: [true, false].map((value) => ({ label: ctx.option(path, String(value)), value })) };
}

function numberOf(prop: JsonSchema): Partial<EditorField> {
  return {
    widget: 'number',
    value_type: prop.type === 'integer' ? 'int' : 'float',
    ...(prop.minimum !== undefined ? { min: prop.minimum } : {}),
    ...(prop.maximum !== undefined ? { max: prop.maximum } : {}),
  };
}

function optionsOf(values: (string | number)[], ctx: FieldContext, path: string): { label: string; value: string | number }[] {
  return values.map((value) => ({ label: ctx.option(path, String(value)), value }));
}
