/**
 * Entries: one relic, product or team, its Vietnamese facts and text, its optional English text,
 * and how each language falls back to Vietnamese — visibly — when a translation is missing.
 */
import type { Lang } from '../../i18n/index.ts';
import type { EntryFiles } from './layout.ts';
import type { GuideData, HomestayData, Kind, ProductData, RelicData, TeamData, Translation } from './schema.ts';

interface EntryBase<K extends Kind, D> {
  kind: K;
  /** URL slug, the folder name folded to ASCII. */
  slug: string;
  /** The entry's folder relative to the project root, e.g. `content/relics/den-chu-van-an`. */
  dir: string;
  /** Everything from `vi.md`'s frontmatter, validated. */
  data: D;
  /** `en.md`'s frontmatter, or `null` when there is no English file. */
  en: Translation<K> | null;
  /** Markdown bodies; `en` is `null` when there is no English file or it has no body. */
  body: { vi: string; en: string | null };
  /** The folder's file names when they are the web editor's (`index.vi.md`); else `vi.md`/`en.md`. */
  files?: EntryFiles;
}
export type RelicEntry = EntryBase<'relic', RelicData>;
export type ProductEntry = EntryBase<'product', ProductData>;
export type TeamEntry = EntryBase<'team', TeamData>;
export type HomestayEntry = EntryBase<'homestay', HomestayData>;
export type GuideEntry = EntryBase<'guide', GuideData>;
export type Entry = RelicEntry | ProductEntry | TeamEntry | HomestayEntry | GuideEntry;

/** A piece of text and the language it is actually in. */
export interface Text {
  text: string;
  lang: Lang;
}

/** Fields that `en.md` may translate, per kind. */
type TranslatableField =
  | 'title'
  | 'summary'
  | 'plaque'
  | 'address'
  | 'hours'
  | 'festival'
  | 'seasonNote'
  | 'schedule'
  | 'place'
  | 'checkIn'
  | 'checkOut'
  | 'audience';

/** Whether the entry has an English file at all. */
export const isTranslated = (entry: Entry): boolean => entry.en !== null;

/**
 * A text field in the wanted language, or the Vietnamese one marked `lang: 'vi'` when the English
 * is missing. `undefined` when the field is empty in Vietnamese too.
 */
export function field(entry: Entry, name: TranslatableField, lang: Lang): Text | undefined {
  const en = lang === 'en' ? (entry.en as Record<string, unknown> | null)?.[name] : undefined;
  if (typeof en === 'string' && en) return { text: en, lang: 'en' };
  const vi = (entry.data as Record<string, unknown>)[name];
  return typeof vi === 'string' && vi ? { text: vi, lang: 'vi' } : undefined;
}

/** Title in the wanted language, falling back to Vietnamese. */
export const title = (entry: Entry, lang: Lang): Text => field(entry, 'title', lang)!;

/** Markdown body in the wanted language, falling back to Vietnamese. */
export function body(entry: Entry, lang: Lang): Text {
  return lang === 'en' && entry.body.en ? { text: entry.body.en, lang: 'en' } : { text: entry.body.vi, lang: 'vi' };
}

/** Alt text of an image in the wanted language; English alt texts are matched by `src`. */
export function alt(entry: Entry, src: string, lang: Lang): Text {
  const en = lang === 'en' ? entry.en?.images.find((i) => i.src === src)?.alt : undefined;
  if (en) return { text: en, lang: 'en' };
  return { text: entry.data.images.find((i) => i.src === src)?.alt ?? '', lang: 'vi' };
}

/** Every code that must resolve to this entry: its own and those it took over. */
export const codesOf = (entry: Entry): string[] => [entry.data.code, ...entry.data.aliases];

/** Entries sorted by Vietnamese title, the way a Vietnamese reader expects. */
export function byTitle<E extends Entry>(entries: E[]): E[] {
  const collator = new Intl.Collator('vi');
  return [...entries].sort((a, b) => collator.compare(a.data.title, b.data.title));
}
