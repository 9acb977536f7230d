import { describe, expect, it } from 'vitest';
import { alt, body, byTitle, field, isTranslated, title, type RelicEntry } from '../../../src/lib/content/entries.ts';
import { relicSchema, translationSchemas } from '../../../src/lib/content/schema.ts';

function relic(
  slug: string,
  vi: Record<string, unknown>,
  en: Record<string, unknown> | null,
  bodies = { vi: 'Văn bản', en: null as string | null },
): RelicEntry {
  const data = relicSchema.parse({ code: 'dt01', area: 'a', address: 'Thôn Đông', summary: 'Tóm tắt', ...vi });
  return { kind: 'relic', slug, dir: `content/relics/${slug}`, data, en: en && translationSchemas.relic.parse(en), body: bodies };
}

describe('vi/en pairing and fallback', () => {
  const full = relic(
    'den',
    { title: 'Đền Làng', images: [{ src: './a.jpg', alt: 'Cổng đền' }] },
    { title: 'Village Temple', summary: 'Summary', images: [{ src: './a.jpg', alt: 'Temple gate' }] },
    { vi: 'Văn bản', en: 'Text' },
  );
  const viOnly = relic('chua', { title: 'Chùa Làng', hours: '7:00–17:00' }, null);

  it('gives English text when it exists', () => {
    expect(title(full, 'en')).toEqual({ text: 'Village Temple', lang: 'en' });
    expect(body(full, 'en')).toEqual({ text: 'Text', lang: 'en' });
    expect(alt(full, './a.jpg', 'en')).toEqual({ text: 'Temple gate', lang: 'en' });
    expect(isTranslated(full)).toBe(true);
  });

  it('falls back to Vietnamese, marked as Vietnamese, when English is missing', () => {
    expect(isTranslated(viOnly)).toBe(false);
    expect(title(viOnly, 'en')).toEqual({ text: 'Chùa Làng', lang: 'vi' });
    expect(body(viOnly, 'en')).toEqual({ text: 'Văn bản', lang: 'vi' });
    expect(field(viOnly, 'hours', 'en')).toEqual({ text: '7:00–17:00', lang: 'vi' });
  });

  it('falls back field by field in a partial translation', () => {
    expect(field(full, 'address', 'en')).toEqual({ text: 'Thôn Đông', lang: 'vi' });
    expect(field(full, 'festival', 'en')).toBeUndefined();
  });

  it('sorts by Vietnamese alphabetical order', () => {
    const names = ['Đình Cả', 'Chùa Bà', 'Dốc Đá', 'Ao Cá'].map((t, i) => relic(`e${i}`, { title: t }, null));
    expect(byTitle(names).map((e) => e.data.title)).toEqual(['Ao Cá', 'Chùa Bà', 'Dốc Đá', 'Đình Cả']);
  });
});
