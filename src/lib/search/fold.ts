/**
 * Search helpers shared by the index (build) and the query (browser). Pure functions, no Astro imports.
 *
 * Pagefind ≥ 1.5 folds tone and vowel marks by itself ("chua" finds "chùa"), but `đ` is a letter of
 * its own in Unicode with no decomposition, so "den" never meets "Đền". We close that gap at both
 * ends with the same fold: `đ`→`d` in the text Pagefind indexes and in the query. Only `đ` is
 * folded; the tone marks stay, so Pagefind still ranks an exactly spelled word first.
 */
import { syllablePairs, TITLE_PAIR_WEIGHT } from './rank.ts';

/**
 * Folds `đ`/`Đ` to `d`/`D` and nothing else.
 * @example foldD('Đền Chu Văn An') // 'Dền Chu Văn An'
 */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * What the search page hands to Pagefind for what a visitor typed: NFC (phones may send decomposed
 * marks), spaces collapsed, `đ` folded like the index.
 * @example searchTerm('  đình  Thuỷ Lâm ') // 'dình Thuỷ Lâm'
 */
export function searchTerm(typed: string): string {
  return foldD(typed.normalize('NFC').replace(/\s+/g, ' ').trim());
}

/** The words of a text that contain `đ`, folded, each once: the searchable twin of a text Pagefind shows as-is. */
export function foldedDWords(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]*[đĐ][\p{L}\p{M}\p{N}]*/gu) ?? [];
  return [...new Set(words.map(foldD))];
}

/**
 * An opening tag with `lang="vi"`, other than the heading and names marked `translate="no"`: the
 * entry's name, in either language, stays findable on the English site.
 */
const VI_TAG = /<(?!h1\b)([a-z][a-z0-9-]*)\b(?![^>]*\stranslate="no")([^>]*\slang="vi"[^>]*)>/g;
/** Closing tags Pagefind joins to the next text without a space ("Xếp hạng" + "Di tích" → "hạngDi"). */
const GLUED = /<\/(dt|dd|li|td|th|figcaption)>/g;
/** Elements Pagefind reads metadata from (the title `h1`, `data-pagefind-meta` text), or a tag, or a text run. */
const TOKEN = /(<(h1|p|span|div)\b([^>]*)>([^<]*)<\/\2>)|(<[^>]*>)|([^<]+)/g;

/** The opening of an entry's own long text (its Markdown), which a names-only index leaves out. */
const BODY = /<div class="body"/g;

/**
 * The HTML Pagefind indexes for a built page (the page on disk is not changed):
 * - without `fullText`, the entry's long text (`div.body`) is left out: names, summaries, facts,
 *   services and steps stay (`pagefind-index.ts` decides, by the site's size);
 * - a space ends each fact, list item and cell, so neighbouring words stay apart;
 * - on an English page, text marked `lang="vi"` (fallback summary, body, facts) is not indexed, so
 *   Vietnamese prose never enters the English index as if it were English; names (`h1`, `translate="no"`) stay;
 * - `đ` is folded to `d` in every text run, except in the elements Pagefind takes the result's title
 *   and summary from, which keep their spelling and get a hidden-from-view twin of their folded `đ` words.
 */
export function prepareForIndex(html: string, fullText = true): string {
  const english = /<html\b[^>]*\slang="en"/.test(html);
  const text = fullText ? html : html.replace(BODY, '$& data-pagefind-ignore');
  const marked = (english ? text.replace(VI_TAG, '<$1$2 data-pagefind-ignore>') : text).replace(GLUED, ' $&');
  return marked.replace(TOKEN, (match, element, tag: string, attrs: string, text: string, openOrClose, run) => {
    if (run !== undefined) return foldD(run);
    if (openOrClose !== undefined || element === undefined) return match;
    const shown = tag === 'h1' || /\sdata-pagefind-meta="[^"[]*"/.test(attrs);
    const ignore = /\sdata-pagefind-ignore\b/.test(attrs) ? ' data-pagefind-ignore' : '';
    const pairs = phraseTwin(tag, attrs, text, ignore);
    if (!shown) return `<${tag}${attrs}>${foldD(text)}</${tag}>${pairs}`;
    const words = foldedDWords(text);
    const weight = tag === 'h1' ? ' data-pagefind-weight="7"' : '';
    return `${match}${words.length ? `<span${weight}${ignore}>${words.join(' ')}</span>` : ''}${pairs}`;
  });
}

/**
 * The hidden twin of a name that holds its adjacent syllable pairs (`denchu chuvan vanan`), so a
 * phrase typed whole finds the pages it names first (`rank.ts`), weighted above Pagefind's own title
 * weight. Names only (`h1`, weighted spans): pairs of summaries too cost 4 KB more of index per
 * 40 pages for little (a summary's phrase still ranks by its words).
 */
function phraseTwin(tag: string, attrs: string, text: string, ignore: string): string {
  if (tag !== 'h1' && !(tag === 'span' && /\sdata-pagefind-weight=/.test(attrs))) return '';
  const pairs = syllablePairs(text);
  return pairs.length ? `<span data-pagefind-weight="${TITLE_PAIR_WEIGHT}"${ignore}>${pairs.join(' ')}</span>` : '';
}
