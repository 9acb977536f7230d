/**
 * The web editor's configuration is generated from the content schema: every field of every kind
 * (and of site.yaml) has an editor field with a Vietnamese label, at the same place, with the same
 * shape; a field added to a schema without its words fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useT } from '../../../src/i18n/index.ts';
import { nextCode } from '../../../src/lib/content/files/new-entry.ts';
import { entrySchemas, KIND_DIRS, KINDS, translationSchemas, type Kind } from '../../../src/lib/content/schema.ts';
import { siteSchema } from '../../../src/lib/content/site-schema.ts';
import { editorConfig, jsonSchemaOf } from '../../../src/lib/editor/config.ts';
import type { EditorField, JsonSchema } from '../../../src/lib/editor/fields.ts';
import { templateHints } from '../../../src/lib/editor/template-hints.ts';

const ROOT = join(import.meta.dirname, '../../..');
const words = useT('vi') as (key: string) => string;
const site = {
  name: { vi: 'Làng thử', en: 'Test village' },
  baseUrl: 'https://vidu.github.io/lang-thu/',
  province: { vi: 'Hải Dương', en: 'Hai Duong' },
  areas: [{ id: 'thanh-ha', name: { vi: 'Xã Thanh Hà', en: 'Thanh Ha Commune' }, hamlets: [] }],
  plaque: { size: 'A5', orientation: 'portrait', bleed: false, scanDistance: 1, errorCorrection: 'H', poster: 'A4' },
} as const;
const template = (kind: Kind): string => {
  try {
    return readFileSync(join(ROOT, 'templates', `${kind}.vi.md`), 'utf8');
  } catch {
    return '';
  }
};
const config = editorConfig({
  site: site as never,
  contentDir: 'content',
  nextCodes: Object.fromEntries(KINDS.map((k) => [k, nextCode(k, new Set())])) as Record<Kind, string>,
  hints: Object.fromEntries(KINDS.map((k) => [k, templateHints(template(k))])) as Record<Kind, Record<string, string>>,
  repo: { name: 'vidu/lang-thu', branch: 'main' },
  words,
});
type Collection = { name: string; folder?: string; path?: string; fields?: EditorField[]; files?: { fields: EditorField[] }[] };
const collections = config['collections'] as Collection[];
const collection = (kind: Kind): Collection => collections.find((c) => c.name === KIND_DIRS[kind])!;

/** Every property path of a JSON Schema object, with its schema (list items stand in for the list). */
function schemaPaths(schema: JsonSchema, prefix = ''): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, prop]): [string, JsonSchema][] => {
    const path = `${prefix}${name}`;
    const inner = prop.type === 'array' ? prop.items : prop;
    return [[path, prop], ...(inner?.type === 'object' ? schemaPaths(inner, `${path}.`) : [])];
  });
}
/** Every editor field by its path. */
function fieldPaths(fields: EditorField[], prefix = ''): Map<string, EditorField> {
  const found = new Map<string, EditorField>();
  for (const f of fields) {
    found.set(`${prefix}${f.name}`, f);
    const inner = (f['fields'] as EditorField[] | undefined) ?? [];
    for (const [k, v] of fieldPaths(inner, `${prefix}${f.name}.`)) found.set(k, v);
  }
  return found;
}

/** Paths of the editor fields written to en.md: translated, inside translated groups only. */
function writtenInEnglish(fields: EditorField[], prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const f of fields) {
    if (!['true', 'duplicate'].includes(String(f['i18n']))) continue;
    found.add(`${prefix}${f.name}`);
    for (const p of writtenInEnglish((f['fields'] as EditorField[] | undefined) ?? [], `${prefix}${f.name}.`)) found.add(p);
  }
  return found;
}
/** Whether a property path is required by its parent object (list items stand in for the list). */
function requiredAt(schema: JsonSchema, path: string): boolean {
  const parts = path.split('.');
  let parent = schema;
  for (const part of parts.slice(0, -1)) {
    const prop = parent.properties![part]!;
    parent = prop.type === 'array' ? prop.items! : prop;
  }
  return (parent.required ?? []).includes(parts.at(-1)!);
}

describe.each([...KINDS])('the editor’s %s collection', (kind) => {
  const c = collection(kind);
  const fields = fieldPaths(c.fields!);
  const schema = jsonSchemaOf(entrySchemas[kind]);
  const english = new Set(schemaPaths(jsonSchemaOf(translationSchemas[kind])).map(([p]) => p));

  it('writes the entry folders of content/<kind>/ in both languages', () => {
    expect(c.folder).toBe(`content/${KIND_DIRS[kind]}`);
    expect(c.path).toBe('{{slug}}/index');
    expect(c).toMatchObject({ i18n: true, media_folder: '', public_folder: '', delete: false });
  });

  it('has a field with a Vietnamese label for every schema field, of the same shape', () => {
    for (const [path, prop] of schemaPaths(schema)) {
      const field = fields.get(path);
      expect(field, `${kind}: schema field “${path}” has no editor field`).toBeDefined();
      expect(field!.label, `${kind}.${path}: label missing from src/i18n/vi.json (editor.field.*)`).not.toMatch(/^editor\./);
      if (prop.type === 'array') expect([`${path}:list`, `${path}:select`]).toContain(`${path}:${field!.widget}`);
      if (prop.type === 'array' && field!.widget === 'select') expect(field!['multiple']).toBe(true);
      if (prop.type === 'object') expect(field!.widget).toBe('object');
    }
  });

  it('requires in Vietnamese what the schema requires, and every English word is a translated field', () => {
    for (const name of schema.required ?? []) expect(fields.get(name)!['required'], name).toEqual(['vi']);
    for (const path of english) expect(String(fields.get(path)?.['i18n']), `${kind}: en.md field “${path}”`).toMatch(/^(true|duplicate)$/);
    for (const [path, field] of fields) if (!path.includes('.') && !english.has(path) && path !== 'body') expect(field['i18n']).toBe(false);
  });

  it('writes en.md in exactly the shape its schema reads: every English field, and nothing else', () => {
    const written = [...writtenInEnglish(c.fields!)].filter((p) => p !== 'body');
    expect(written.sort(), `${kind}: fields the editor writes to en.md`).toEqual([...english].sort());
    // A field only en.md has (a guide step's English screenshot text) is never asked for in Vietnamese.
    for (const [path, field] of fields)
      if (!schemaPaths(schema).some(([p]) => p === path)) expect(field['required'], path).not.toContain('vi');
  });

  it('offers a choice with words for every value, lists for lines, and a yes/no that may stay unsaid', () => {
    for (const [path, field] of fields) {
      for (const o of (field['options'] as { label: string; value: unknown }[] | undefined) ?? []) {
        expect(o.label, `${kind}.${path}: option “${String(o.value)}” has no words (editor.option.*)`).not.toBe(String(o.value));
      }
    }
    for (const [path, prop] of schemaPaths(schema)) {
      const kinds = (prop.anyOf ?? []).map((p) => p.type);
      if (kinds.includes('string') && kinds.includes('array')) expect(fields.get(path)!.widget, path).toBe('list');
      const unsaid = prop.type === 'boolean' && prop.default === undefined && !requiredAt(schema, path);
      if (unsaid)
        expect(fields.get(path), path).toMatchObject({ widget: 'select', required: false, options: [{ value: true }, { value: false }] });
    }
  });

  it('offers a fresh code, the site’s communes, photos with a Vietnamese description', () => {
    expect(fields.get('code')!['default']).toBe(nextCode(kind, new Set()));
    expect(fields.get('area')).toMatchObject({ widget: 'select', options: [{ label: 'Xã Thanh Hà', value: 'thanh-ha' }] });
    expect(fields.get('images.src')).toMatchObject({ widget: 'image', i18n: 'duplicate' });
    expect(fields.get('images.alt')).toMatchObject({ label: 'Mô tả ảnh', required: ['vi'], i18n: true });
  });
});

describe('the editor configuration', () => {
  it('asks for consent as its own group, with its date and how it was given', () => {
    const members = fieldPaths(collection('team').fields!);
    expect(members.get('members.consent')!.widget).toBe('object');
    expect(members.get('members.consent.date')).toMatchObject({ widget: 'datetime', time_format: false, required: true });
    expect(members.get('members.consent.how')).toMatchObject({ widget: 'string', required: true });
  });

  it('folds slugs to ASCII and resizes photos to 1600 px WebP in the browser', () => {
    expect(config['slug']).toMatchObject({ encoding: 'ascii', clean_accents: true });
    expect(config['i18n']).toMatchObject({ structure: 'multiple_files', locales: ['vi', 'en'], default_locale: 'vi' });
    const media = config['media_libraries'] as { default: { config: { transformations: { raster_image: object } } } };
    expect(media.default.config.transformations.raster_image).toEqual({ format: 'webp', quality: 82, width: 1600, height: 1600 });
  });

  it('names an entry’s plaque text and the site’s plaque settings differently', () => {
    const entry = fieldPaths(collection('relic').fields!).get('plaque')!;
    const settings = fieldPaths(collections.find((c) => c.name === 'site')!.files![0]!.fields).get('plaque')!;
    expect(entry.widget).toBe('string');
    expect(settings.widget).toBe('object');
    expect(entry.label).not.toBe(settings.label);
    expect(entry['hint']).not.toBe(settings['hint']);
  });

  it('lets an English narration be its own recording, while a photo is the same file in both', () => {
    const fields = fieldPaths(collection('relic').fields!);
    expect(fields.get('narration.src')).toMatchObject({ i18n: true, required: ['vi'] });
    expect(fields.get('images.src')).toMatchObject({ i18n: 'duplicate' });
  });

  it('covers every field of site.yaml', () => {
    const files = collections.find((c) => c.name === 'site')!.files![0]!;
    const fields = fieldPaths(files.fields);
    for (const [path] of schemaPaths(jsonSchemaOf(siteSchema))) {
      expect(fields.get(path), `site.yaml field “${path}”`).toBeDefined();
      expect(fields.get(path)!.label).not.toMatch(/^editor\./);
    }
  });

  it('takes each field’s hint from the template comment above it, without the text-editor instructions', () => {
    const hints = templateHints(
      '---\n# Tên di tích bằng tiếng Việt có dấu. Nên để trong dấu ngoặc kép "…".\ntitle: x\n\n# Giờ mở cửa. Bỏ dấu # rồi sửa:\n# hours: "7:00"\n---\n',
    );
    expect(hints).toEqual({ title: 'Tên di tích bằng tiếng Việt có dấu.', hours: 'Giờ mở cửa.' });
  });
});
