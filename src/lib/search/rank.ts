/**
 * Ranking what people mean, on top of Pagefind. Vietnamese words are syllables, and once marks are
 * folded the short ones (`an`, `van`, `chu`) occur on every page, so a search for words alone ranks
 * a custard-apple product beside the temple of Chu Văn An. Three things close the gap:
 * - **phrases**: the index holds each name's adjacent syllable pairs as extra words
 *   (`Đền Chu Văn An` → `denchu chuvan vanan`, `prepareForIndex`); the search page asks for the typed
 *   pairs first, so pages where the typed syllables stand together come before pages where they are
 *   scattered (`tiers`);
 * - **no fallbacks**: Pagefind answers a word it does not know with the longest indexed word it
 *   starts with (`xyzxyz` finds the `X` of "thế kỷ X"); a result must hold every typed word
 *   (`holdsEvery`), so nonsense finds nothing;
 * - **marks**: Pagefind's own `diacriticSimilarity` ranks `đền` (indexed `dền`) above `đến`, and a high
 *   `termSimilarity` ranks `chu` above `chùa` (`RANKING`); among the results shown first, those whose
 *   title holds the typed words whole (with the marks typed, when typed with marks) come first
 *   (`byTitleWords`): `côn` puts Chùa Côn Sơn above a page full of `công`.
 */
import { foldDiacritics } from '../content/text.ts';

/** Pagefind's ranking options for the search page (see pagefind.app/docs/ranking). */
export const RANKING = {
  /** An exact word (`chu`) well above its longer extensions (`chùa`, `chung`). */
  termSimilarity: 9,
  /** Typed marks that match exactly count fully: `đền` finds Đền before đến and đen. */
  diacriticSimilarity: 1,
} as const;

/** Weight of a title's syllable pairs in the index, above Pagefind's 7 for the `h1` itself. */
export const TITLE_PAIR_WEIGHT = 10;

/**
 * The syllables of a text as the index matches them: marks and `đ` folded, lower case, letters and digits.
 * @example syllables('Đền Chu Văn An') // ['den', 'chu', 'van', 'an']
 */
export function syllables(text: string): string[] {
  return (
    foldDiacritics(text.normalize('NFC'))
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? []
  );
}

/**
 * Adjacent syllable pairs written as one word: the phrase words of the index and of a query.
 * @example syllablePairs('Đền Chu Văn An') // ['denchu', 'chuvan', 'vanan']
 */
export function syllablePairs(text: string): string[] {
  const words = syllables(text);
  return words.slice(1).map((word, i) => `${words[i]}${word}`);
}

/**
 * Whether a result's text holds a typed word: a word of the text starts with it, or it starts with
 * a word of the text at most two letters shorter (English stems: `temples` → `temple`), never with
 * a stray letter (`xyzxyz` → `x`).
 */
function holds(words: Set<string>, typed: string): boolean {
  for (const word of words) {
    if (word.startsWith(typed)) return true;
    if (typed.startsWith(word) && word.length >= Math.max(2, typed.length - 2)) return true;
  }
  return false;
}

/**
 * Whether a result's text (its indexed content and title) holds every word typed.
 * @example holdsEvery('den chu', 'Đền Chu Văn An') // true
 * @example holdsEvery('xyzxyz', 'thế kỷ X') // false
 */
export function holdsEvery(typed: string, text: string): boolean {
  const words = new Set(syllables(text));
  return syllables(typed).every((w) => holds(words, w));
}

/**
 * The results of several searches as one list: the first search's results first, then those of the
 * next not already listed, and so on.
 */
export function tiers<T extends { id: string }>(...lists: T[][]): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((r) => !seen.has(r.id) && !!seen.add(r.id));
}

/** A word as typed or titled: NFC, lower case; folded too when `fold` (typed without marks). */
const wordForm = (word: string, fold: boolean): string => (fold ? foldDiacritics(word) : word).normalize('NFC').toLowerCase();

/** How many of the typed words a title holds whole: with their marks if typed with marks, else folded. */
export function titleWords(typed: string, title: string): number {
  const words = typed.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => {
    const fold = foldDiacritics(word) === word;
    const titled = new Set((title.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => wordForm(w, fold)));
    return titled.has(wordForm(word, fold));
  }).length;
}

/**
 * Results ordered, within each tier (`tierOf`: phrase hits before the others), by how many typed
 * words their title holds whole; the given order kept among equals.
 */
export function byTitleWords<T>(typed: string, items: T[], titleOf: (item: T) => string, tierOf: (item: T) => number = () => 0): T[] {
  const scored = items.map((item, i) => ({ item, i, tier: tierOf(item), score: titleWords(typed, titleOf(item)) }));
  return scored.sort((a, b) => a.tier - b.tier || b.score - a.score || a.i - b.i).map((x) => x.item);
}
