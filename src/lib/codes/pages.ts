/**
 * The small pages behind permanent codes, as HTML strings: the QR landing page (`q/<code>/`, which
 * sends each reader to the entry in their language), the page of a retired code, and the redirect
 * left at an entry's old URL after a rename. Each is one self-contained file of a few hundred
 * bytes: no site CSS, and the same bytes for `q/dt01/` and `Q/DT01/` (one folder on macOS).
 */
import { useT } from '../../i18n/index.ts';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font:1.2rem/1.45 system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}' +
  'a{display:block;margin:1rem 0;padding:1rem;border:2px solid #14532d;border-radius:.6rem;text-align:center;color:#14532d;font-weight:600;text-decoration:none}' +
  'h1{font-size:1.6rem;line-height:1.25;margin:0 0 .5rem}h2{font-size:1.3rem;margin:0 0 .5rem}section{margin:1.25rem 0}section+section{border-top:1px solid #ccc;padding-top:1rem}';

function html(title: string, head: string, body: string): string {
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${esc(title)}</title><style>${STYLE}</style>${head}</head><body>${body}</body></html>\n`
  );
}

/** Links in both languages, each label in its own language. */
const links = (vi: string, en: string, label: { vi: string; en: string }): string =>
  `<a href="${esc(vi)}" lang="vi">${esc(label.vi)}</a><a href="${esc(en)}" lang="en">${esc(label.en)}</a>`;

/** What a code's landing page tells by itself: the entry's name, summary and hours in both languages where they exist. */
export interface CodeCard {
  title: { vi: string; en: string };
  summary?: { vi: string; en?: string | undefined } | undefined;
  hours?: { vi: string; en?: string | undefined } | undefined;
}

/** One language's half of a landing page: summary, hours, a "Read more" link to the entry. */
function cardHalf(card: CodeCard, lang: 'vi' | 'en', to: string): string {
  const t = useT(lang);
  const summary = lang === 'vi' ? card.summary?.vi : card.summary?.en;
  const hours = lang === 'vi' ? card.hours?.vi : card.hours?.en;
  return (
    `<section lang="${lang}">` +
    (lang === 'en' && card.title.en !== card.title.vi ? `<h2>${esc(card.title.en)}</h2>` : '') +
    (summary ? `<p>${esc(summary)}</p>` : '') +
    (hours ? `<p><b>${esc(t('entry.hours'))}:</b> ${esc(hours)}</p>` : '') +
    `<a href="${esc(to)}" lang="${lang}">${esc(t('codes.readMore'))}</a></section>`
  );
}

/**
 * The QR landing page, readable by itself: the first response after a scan holds the entry's name,
 * summary and hours in both languages and a "Read more" link per language, so a reader on slow 3G
 * reads before anything else arrives. Only then (after the first paint) does the page move on to
 * the entry in the reader's language: an explicit choice made on the site's language switch
 * (localStorage) wins, else a browser whose first language is Vietnamese gets the Vietnamese page,
 * any other English. Without JavaScript it stays, a complete little page.
 */
export function landingPage(card: CodeCard, to: { vi: string; en: string }, counter?: string): string {
  const script =
    (counter ? counterScript(counter) : '') +
    `<script>var l;try{l=localStorage.langso}catch(e){}` +
    `if(l!='vi'&&l!='en')l=/^vi/i.test((navigator.languages||[])[0]||navigator.language||'')?'vi':'en';` +
    `var d;function g(){if(!d)d=location.replace(l=='vi'?${JSON.stringify(to.vi)}:${JSON.stringify(to.en)})||1}` +
    // After the text's first paint (or 300 ms where the browser does not report paints).
    `try{new PerformanceObserver(g).observe({type:'paint',buffered:true})}catch(e){}setTimeout(g,300)</script>`;
  const body = `<h1>${esc(card.title.vi)}</h1>${cardHalf(card, 'vi', to.vi)}${cardHalf(card, 'en', to.en)}${script}`;
  return html(card.title.vi, `<meta name="description" content="${esc(card.summary?.vi ?? card.title.vi)}">`, body);
}

/**
 * Counts a visit of a code page with the site's own counter (GoatCounter's `/count` API), before
 * the reader is sent on: `/q/dt01/scan` when the address is the upper-case one only the QR code
 * holds (at a domain root), `/q/dt01/typed` otherwise. No cookie, nothing stored on the phone.
 */
export function counterScript(counter: string): string {
  return (
    `<script>try{var p=location.pathname,u=${JSON.stringify(counter).replace(/</g, '\\u003c')}+'?p='+encodeURIComponent(p.toLowerCase()+` +
    `(p.indexOf('/Q/')<0?'typed':'scan'));navigator.sendBeacon?navigator.sendBeacon(u):(new Image).src=u}catch(e){}</script>`
  );
}

/** The page of a retired code: "moved or closed", the volunteers' note, a link home or onwards. */
export function retiredPage(note: { vi: string; en: string }, to: { vi: string; en: string }, onward: boolean): string {
  const [vi, en] = [useT('vi'), useT('en')];
  const key = onward ? 'codes.go' : 'codes.home';
  const body =
    `<h1>${esc(vi('codes.closed'))}</h1><p>${esc(note.vi)}</p>` +
    `<h1 lang="en">${esc(en('codes.closed'))}</h1><p lang="en">${esc(note.en)}</p>` +
    links(to.vi, to.en, { vi: vi(key), en: en(key) });
  return html(`${vi('codes.closed')} / ${en('codes.closed')}`, '', body);
}

/** The page left at an entry's old URL: sends the reader on at once, with a link as well. */
export function redirectPage(to: string, lang: 'vi' | 'en'): string {
  const t = useT(lang);
  return html(
    t('codes.moved'),
    `<meta http-equiv="refresh" content="0;url=${esc(to)}"><link rel="canonical" href="${esc(to)}">`,
    `<p>${esc(t('codes.moved'))}</p><a href="${esc(to)}">${esc(to)}</a>`,
  ).replace('<html lang="vi">', `<html lang="${lang}">`);
}

/**
 * `_redirects` lines (Netlify, Cloudflare Pages, GitLab Pages) that serve a code's page however its
 * case was typed: first `Q/DT01/` (what every upper-case QR holds: a site built on Windows or macOS,
 * one folder for `q` and `Q`, and uploaded by hand lacks `Q/`), then the two half-shifted spellings
 * people type from the entry page (`q/DT01/`, `Q/dt01/`), each with and without the slash. Hosts
 * that cap the rules (Cloudflare Pages: 2,000) apply the first ones, the QR's own; other mixtures
 * (`q/Dt01/`) are caught by `404.html`'s script.
 * @example hostRewrites(['dt01'], '/') // '/Q/DT01/ /q/dt01/ 200\n/Q/DT01 /q/dt01/ 200\n/q/DT01/ …'
 */
export function hostRewrites(codes: Iterable<string>, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const sorted = [...codes].sort();
  const rules = (from: (code: string) => string) =>
    sorted.flatMap((code) => {
      const to = `${root}q/${code.toLowerCase()}/`;
      return [`${root}${from(code)}/ ${to} 200`, `${root}${from(code)} ${to} 200`];
    });
  return [...rules((c) => `Q/${c.toUpperCase()}`), ...rules((c) => `q/${c.toUpperCase()}`), ...rules((c) => `Q/${c.toLowerCase()}`)]
    .map((line) => `${line}\n`)
    .join('');
}
