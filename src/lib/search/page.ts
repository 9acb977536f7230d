/**
 * The search page in the browser: Pagefind's JS API (no ready-made UI: ours is smaller and speaks
 * the page's language), loaded on first use, main thread only (a worker would be one more download
 * on 3G). What the visitor typed is folded exactly like the index (`searchTerm`), filters by kind
 * and area narrow it, and the query lives in the address (`?q=…&kind=…&area=…`) so it can be shared.
 */
import { searchTerm } from './fold.ts';

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
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
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
}

/** Pagefind, imported on first use from under the site's base, main thread only. */
function pagefindLoader(base: string): () => Promise<Pagefind> {
  let pagefind: Promise<Pagefind> | undefined;
  return () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (p: Pagefind) => {
      await p.options({ baseUrl: base, noWorker: true });
      return p;
    }));
}

/** A search session: `search()` runs the form's query, `show(n)` fills the list to `n` results; a newer search wins. */
function session(v: View, load: () => Promise<Pagefind>) {
  let found: { data(): Promise<ResultData> }[] = [];
  let run = 0;
  async function show(count: number): Promise<void> {
    const mine = run;
    const items = await Promise.all(found.slice(v.list.children.length, count).map((r) => r.data()));
    if (mine !== run) return;
    for (const item of items) v.list.append(resultItem(item, v.strings, document.documentElement.lang));
    v.more.hidden = v.list.children.length >= found.length;
  }
  async function search(): Promise<void> {
    const mine = ++run;
    const term = searchTerm(v.input.value);
    const filters = Object.fromEntries(v.selects.filter((x) => x.value).map((x) => [x.name, x.value]));
    remember(v.input.value, filters);
    if (!term && !Object.keys(filters).length) return void (found = clear(v));
    v.status.textContent = v.strings.loading;
    try {
      const result = await (await load()).search(term || null, { filters });
      if (mine !== run) return;
      // The old results stay until the new ones are here, so the page does not jump twice.
      found = result?.results ?? [];
      v.list.replaceChildren();
      await show(PAGE);
      // Announced once the cards are there, so a screen reader's next step lands on them.
      if (mine === run) v.status.textContent = found.length ? plural(v.strings, found.length) : v.strings.none;
    } catch {
      if (mine === run) v.status.textContent = v.strings.error;
    }
  }
  return { search, show };
}

/** Empties the results and the status line; returns the new (empty) result set. */
function clear(v: View): never[] {
  v.list.replaceChildren();
  v.status.textContent = '';
  v.more.hidden = true;
  return [];
}

/** Wires the search form `form` (with `data-base` and `data-strings`) to its status line and result list. */
export function startSearch(form: HTMLFormElement, status: HTMLElement, list: HTMLOListElement, more: HTMLButtonElement): void {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as SearchStrings;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const v: View = { form, input, selects: [...form.querySelectorAll('select')], status, list, more, strings };
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const sel of v.selects) sel.value = params.get(sel.name) ?? '';
  const { search, show } = session(v, pagefindLoader(form.dataset['base'] ?? '/'));
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
