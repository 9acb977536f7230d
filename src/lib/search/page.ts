/**
 * The search page in the browser: Pagefind's JS API (no ready-made UI: ours is smaller and speaks
 * the page's language), loaded on first use, searching in Pagefind's web worker: 12 KB more than on
 * the main thread, but a cheap phone's main thread stays free (Lighthouse measured 0.6–1.3 s of
 * blocking with the WASM on the main thread, 20 ms with the worker). What the visitor typed is folded exactly like the index (`searchTerm`), filters by kind
 * and area narrow it, and the query lives in the address (`?q=…&kind=…&area=…`) so it can be shared.
 */
import { searchTerm } from './fold.ts';
import { byTitleWords, holdsEvery, RANKING, syllablePairs, tiers } from './rank.ts';

/** The page's words, handed over from the server-rendered page as JSON (no i18n code in the browser). */
export interface SearchStrings {
  loading: string;
  none: string;
  error: string;
  results: { one: string; other: string };
  viOnly: string;
  kinds: Record<string, string>;
  areas: Record<string, string>;
}

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  /** Found by the typed syllables standing together. */
  phrase?: boolean;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters: Record<string, string> }): Promise<{ results: Result[] } | null>;
}

/** Results shown at first and added by each "more" click: a result costs ~1.3 KB of fragment and ~2 KB of thumbnail, and five fill a phone screen. */
const PAGE = 5;

/** The parts of the search page the script drives. */
interface View {
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: HTMLSelectElement[];
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  strings: SearchStrings;
  /** The list pages, offered when nothing is found. */
  lists: HTMLAnchorElement[];
}

/** The bundles to merge for `lang` (none on a site with one bundle, or if the list cannot be read). */
async function mergedBundles(base: string, lang: string): Promise<string[]> {
  try {
    const r = await fetch(`${base}pagefind/lang-so-bundles.json`);
    const all: Record<string, string[]> = r.ok ? await r.json() : {};
    return all[lang] ?? [];
  } catch {
    return [];
  }
}

/**
 * Pagefind, imported on first use from under the site's base, searching in its worker. A province's
 * index comes in several bundles (`lang-so-bundles.json`, fetched beside the script, lists those
 * holding this page's language): they are merged into one search.
 */
function pagefindLoader(base: string, lang: string): () => Promise<Pagefind> {
  let pagefind: Promise<Pagefind> | undefined;
  return () =>
    (pagefind ??= Promise.all([import(/* @vite-ignore */ `${base}pagefind/pagefind.js`), mergedBundles(base, lang)]).then(
      async ([p, more]: [Pagefind, string[]]) => {
        const options = { baseUrl: base, ranking: RANKING };
        await p.options(options);
        await Promise.all(more.map((dir) => p.mergeIndex(`${base}pagefind/${dir}`, options)));
        return p;
      },
    ));
}

/**
 * Runs a query: the typed syllables as adjacent pairs first (the phrase), then the words alone; one
 * list, phrase hits first (`tiers`).
 */
async function query(pagefind: Pagefind, term: string, filters: Record<string, string>): Promise<Result[]> {
  const pairs = syllablePairs(term);
  const [phrase, words] = await Promise.all([
    pairs.length ? pagefind.search(pairs.join(' '), { filters }) : null,
    pagefind.search(term || null, { filters }),
  ]);
  return tiers(
    (phrase?.results ?? []).map((r) => Object.assign(r, { phrase: true })),
    words?.results ?? [],
  );
}

/**
 * The data of a batch of results, keeping those that hold every typed word (`term`); the first batch
 * shown (`typed`: what was typed) is ordered within its tiers by the typed words its titles hold.
 */
async function load(batch: Result[], term: string, typed: string | false): Promise<ResultData[]> {
  const items = await Promise.all(batch.map(async (r) => ({ data: await r.data(), tier: r.phrase ? 0 : 1 })));
  const kept = items.filter(({ data }) => !term || holdsEvery(term, `${data.meta['title'] ?? ''} ${data.content}`));
  const title = (i: (typeof kept)[number]): string => i.data.meta['title'] ?? '';
  return (typed === false ? kept : byTitleWords(typed, kept, title, (i) => i.tier)).map((i) => i.data);
}

/** A search session: `search()` runs the form's query, `show(n)` fills the list to `n` results; a newer search wins. */
function session(v: View, pagefind: () => Promise<Pagefind>) {
  let found: Result[] = [];
  let [run, next, dropped, term] = [0, 0, 0, ''];
  /** Loads results in order, keeping those that hold every typed word, until `count` are shown. */
  async function fill(count: number, mine: number): Promise<void> {
    while (v.list.children.length < count && next < found.length) {
      const batch = found.slice(next, next + count - v.list.children.length);
      next += batch.length;
      const kept = await load(batch, term, !v.list.children.length && v.input.value);
      if (mine !== run) return;
      dropped += batch.length - kept.length;
      for (const data of kept) v.list.append(resultItem(data, v.strings, document.documentElement.lang));
      if (!v.list.children.length && dropped >= PAGE) next = found.length; // only near words: nothing found
    }
    v.more.hidden = next >= found.length;
  }
  const show = (count: number, mine = run): Promise<void> => whileBusy(v, fill(count, mine), () => mine === run);
  async function search(): Promise<void> {
    const mine = ++run;
    term = searchTerm(v.input.value);
    const filters = Object.fromEntries(v.selects.filter((x) => x.value).map((x) => [x.name, x.value]));
    remember(v.input.value, filters);
    if (!term && !Object.keys(filters).length) return void (found = clear(v));
    v.status.textContent = v.strings.loading;
    try {
      const results = await query(await pagefind(), term, filters);
      if (mine !== run) return;
      [found, next, dropped] = [results, 0, 0]; // the old results stayed until now: the page jumps once
      v.list.replaceChildren();
      await show(PAGE);
      if (mine !== run) return;
      announce(v, found.length - dropped);
    } catch {
      if (mine === run) v.status.textContent = v.strings.error;
    }
  }
  return { search, show };
}

/**
 * Says how many were found, once the cards are there, so a screen reader's next step lands on them;
 * when nothing was, says so and offers the list pages in the results' place.
 */
function announce(v: View, count: number): void {
  const shown = v.list.children.length > 0;
  v.status.textContent = shown ? plural(v.strings, count) : v.strings.none;
  if (!shown) v.list.append(...v.lists.map(listItem));
}

/** A list page offered as a result card when nothing is found. */
function listItem(link: HTMLAnchorElement): HTMLLIElement {
  const li = el('li', 'card offer');
  const h = el('h2');
  h.append(Object.assign(el('a'), { href: link.href, textContent: link.textContent }));
  li.append(h);
  return li;
}

/**
 * Waits for `work` with the list marked as filling (`aria-busy`: screen readers wait for the batch) and
 * the "more" button disabled (not tapped twice), until it ends, unless a newer search took over.
 */
async function whileBusy(v: View, work: Promise<void>, current: () => boolean): Promise<void> {
  busy(v, true);
  try {
    await work;
  } finally {
    if (current()) busy(v, false);
  }
}

/** Marks the list as filling (`aria-busy`) and the "more" button as not yet usable, or done. */
function busy(v: View, on: boolean): void {
  if (on) v.list.setAttribute('aria-busy', 'true');
  else v.list.removeAttribute('aria-busy');
  v.more.disabled = on;
}

/** Empties the results and the status line; returns the new (empty) result set. */
function clear(v: View): never[] {
  busy(v, false);
  v.list.replaceChildren();
  v.status.textContent = '';
  v.more.hidden = true;
  return [];
}

/** Wires the search form `form` (with `data-base` and `data-strings`) to its status line and result list. */
export function startSearch(
  form: HTMLFormElement,
  status: HTMLElement,
  list: HTMLOListElement,
  more: HTMLButtonElement,
  lists: HTMLAnchorElement[] = [],
): void {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as SearchStrings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const v: View = { form, input, selects: [...form.querySelectorAll('select')], status, list, more, strings, lists };
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const sel of v.selects) sel.value = params.get(sel.name) ?? '';
  const { search, show } = session(v, pagefindLoader(form.dataset['base'] ?? '/', document.documentElement.lang));
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  for (const sel of v.selects) sel.addEventListener('change', search);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void show(list.children.length + PAGE));
  if (input.value || v.selects.some((x) => x.value)) void search();
}

/** "3 results" in the page's language. */
const plural = (s: SearchStrings, n: number): string => (n === 1 ? s.results.one : s.results.other).replace('{{count}}', String(n));

/** Keeps the query in the address bar, so reloading or sharing the page repeats the search. */
function remember(q: string, filters: Record<string, string>): void {
  const params = new URLSearchParams({ ...(q.trim() ? { q: q.trim() } : {}), ...filters });
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** One result as a card: thumbnail, linked title, summary, kind and area; index text set as text, never as HTML. */
function resultItem(r: ResultData, s: SearchStrings, pageLang: string): HTMLLIElement {
  const li = el('li', 'card');
  if (r.meta['image']) {
    // Decorative: the title next to it says what it shows.
    const thumb = el('div', 'thumb');
    thumb.append(Object.assign(el('img'), { src: r.meta['image'], alt: '', width: 104, height: 104, loading: 'lazy', decoding: 'async' }));
    li.append(thumb);
  }
  const body = el('div');
  const h = el('h2');
  const a = Object.assign(el('a'), { href: r.url, textContent: r.meta['title'] ?? r.url });
  if (r.meta['title_lang']) h.lang = r.meta['title_lang'];
  h.append(a);
  const summary = Object.assign(el('p'), { textContent: r.meta['summary'] ?? '' });
  if (r.meta['summary_lang']) summary.lang = r.meta['summary_lang'];
  const kind = r.filters['kind']?.[0] ?? '';
  const area = r.filters['area']?.[0] ?? '';
  const where = [s.kinds[kind], s.areas[area]].filter(Boolean).join(' · ');
  const note = r.meta['summary_lang'] && r.meta['summary_lang'] !== pageLang ? ` (${s.viOnly})` : '';
  body.append(h, summary, Object.assign(el('p', 'where'), { textContent: where + note }));
  li.append(body);
  return li;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  return e;
};
