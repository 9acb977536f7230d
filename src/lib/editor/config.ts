/**
 * The web editor's configuration (`/admin/config.yml`), generated at every build from the content
 * schema, the templates' hints, the site's communes and the codes already issued — never written by
 * hand. One collection per kind of `KINDS`, writing the project's own entry folders, plus
 * `site.yaml` as a single file.
 */
import { z } from 'zod';
import { entrySchemas, KIND_DIRS, KINDS, translationSchemas, type Kind } from '../content/schema.ts';
import { siteSchema, type Site } from '../content/site-schema.ts';
import { objectFields, type EditorField, type FieldContext, type JsonSchema } from './fields.ts';
import { ENTRY_PATH, LOCALES } from './layout.ts';

/** Words of the editor, looked up by key (the project's i18next `t`, fixed to Vietnamese). */
export type Words = (key: string, values?: Record<string, unknown>) => string;

/** Everything the configuration is made from. */
export interface EditorInput {
  /** The site, for its communes and address; null when `site.yaml` does not validate yet. */
  site: Site | null;
  /** The content folder, relative to the repository root (`content`). */
  contentDir: string;
  /** The next unused code of each kind, offered to a new entry. */
  nextCodes: Record<Kind, string>;
  /** The hints of each kind's fields, from `templates/<kind>.vi.md`. */
  hints: Record<Kind, Record<string, string>>;
  /** Where the published repository lives, for signing in with a token. */
  repo: { name: string; branch: string };
  words: Words;
}

/** Photos are resized in the browser before upload: at most 1600 px, WebP, metadata dropped. */
export const PHOTO_MAX_PX = 1600;

/** JSON Schema of a zod schema's input side (what a volunteer writes). */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** The whole configuration, as an object ready to be written as YAML. */
export function editorConfig(input: EditorInput): Record<string, unknown> {
  const { words: t, site } = input;
  return {
    backend: { name: 'github', repo: input.repo.name, branch: input.repo.branch },
    app_title: t('editor.appTitle'),
    ...(site ? { site_url: site.baseUrl, display_url: site.baseUrl } : {}),
    publish_mode: 'simple',
    media_folder: `${input.contentDir}/media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true },
    i18n: { structure: 'multiple_files', locales: [...LOCALES], default_locale: 'vi', initial_locales: 'all' },
    media_libraries: {
      default: {
        config: {
          max_file_size: 30 * 1024 * 1024,
          slugify_filename: true,
          transformations: { raster_image: { format: 'webp', quality: 82, width: PHOTO_MAX_PX, height: PHOTO_MAX_PX } },
        },
      },
      stock_assets: false,
    },
    output: { omit_empty_optional_fields: true },
    editor: { preview: false },
    collections: [...KINDS.map((kind) => kindCollection(kind, input)), siteCollection(input)],
  };
}

/** The collection of one kind: a folder of entry folders, Vietnamese and English side by side. */
function kindCollection(kind: Kind, input: EditorInput): Record<string, unknown> {
  const t = input.words;
  const english = jsonSchemaOf(translationSchemas[kind]);
  const ctx = fieldContext(input, kind, english);
  const body: EditorField = { name: 'body', label: t('editor.field.body'), widget: 'markdown', required: false, i18n: true };
  return {
    name: KIND_DIRS[kind],
    label: t(`kind.${kind}`),
    label_singular: t(`kind.${kind}`),
    folder: `${input.contentDir}/${KIND_DIRS[kind]}`,
    path: ENTRY_PATH,
    extension: 'md',
    format: 'yaml-frontmatter',
    i18n: true,
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}} · {{code}}',
    // Photos sit beside the entry's files; their paths are written relative to them.
    media_folder: '',
    public_folder: '',
    create: true,
    // A deleted entry would leave its printed code leading nowhere: retiring is done in codes.yaml.
    delete: false,
    fields: [...objectFields(jsonSchemaOf(entrySchemas[kind]), ctx), body],
  };
}

/** `site.yaml` as one file: names, address, communes, print settings. */
function siteCollection(input: EditorInput): Record<string, unknown> {
  const ctx = fieldContext(input, undefined, undefined);
  const fields = objectFields(jsonSchemaOf(siteSchema), ctx, 'site.');
  return {
    name: 'site',
    label: input.words('editor.site'),
    files: [{ name: 'site', label: input.words('editor.site'), file: `${input.contentDir}/site.yaml`, format: 'yaml', fields }],
  };
}

/**
 * Where the words of a field path are looked for, most precise first: in a guide,
 * `members.consent.phone` tries `guide.members.consent.phone`, `members.consent.phone`,
 * `consent.phone`, then `phone`. `site.yaml`'s paths start with `site.`, so that its `plaque` (how
 * plaques are printed) is not an entry's `plaque` (the words printed on one).
 */
export const wordPaths = (path: string, kind?: Kind): string[] => [
  ...(kind ? [`${kind}.${path}`] : []),
  ...path.split('.').map((_, i, parts) => parts.slice(i).join('.')),
];

/** Labels, hints and fixed values for the fields of one kind (or of `site.yaml`). */
function fieldContext(input: EditorInput, kind: Kind | undefined, english: JsonSchema | undefined): FieldContext {
  const t = input.words;
  const has = (key: string): boolean => t(key) !== key;
  const lookup = (prefix: string, path: string): string | undefined =>
    wordPaths(path, kind)
      .map((p) => `${prefix}.${p}`)
      .find(has);
  return {
    english,
    label: (path) => t(lookup('editor.field', path) ?? `editor.field.${path}`),
    hint: (path) => {
      // The template's comment first; the editor's own words add what only a form needs.
      const own = lookup('editor.hint', path);
      const hint = [kind ? input.hints[kind][path] : undefined, own ? t(own) : undefined].filter(Boolean).join(' ');
      return hint || undefined;
    },
    option: (path, value) => {
      const name = path.split('.').slice(-1)[0]!;
      const own = wordPaths(path, kind).flatMap((p) => [`editor.option.${p}.${value}`, `editor.option.${p}`]);
      const key = [...own, `${name}.${value}`, `${name.replace(/s$/, '')}.${value}`].find(has);
      return key ? t(key, { value }) : value;
    },
    special: (path) => special(path, kind, input),
    onlyEnglish: t('editor.onlyEnglish'),
  };
}

/** Fields holding a picture of the entry's folder: a photo, a guide step's screenshot, an inscription's photo. */
const PICTURES = /(^|\.)(images\.src|image\.src|photo)$/;

/** Fields whose values come from elsewhere: the site's communes, a fresh code, a photo picker. */
function special(path: string, kind: Kind | undefined, input: EditorInput): Partial<EditorField> | undefined {
  if (kind && path === 'code') return { default: input.nextCodes[kind] };
  if (kind && path === 'area' && input.site) {
    return { widget: 'select', options: input.site.areas.map((a) => ({ label: a.name.vi, value: a.id })) };
  }
  if (PICTURES.test(path)) return { widget: 'image', choose_url: false, accept: 'image/*' };
  // Optional in the schema (English may lack it) but required in Vietnamese by the content checks.
  if (kind && path.endsWith('images.alt')) return { required: ['vi'] };
  return undefined;
}
