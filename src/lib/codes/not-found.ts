/**
 * The site's own 404 page (`404.html` at the base), which Netlify, Cloudflare Pages and GitHub Pages
 * serve for any path they have no file for: both languages, links home, to search and to every list.
 * A tiny inline script first tries the address in lower case with its trailing slash, so a code
 * typed as it is printed on the entry page (`/q/DT01/`) or half-shifted (`/Q/dt01`, `/q/Dt01/`)
 * still reaches its landing page; a lower-case address that is missing stays here (no loop).
 */
import { useT, type Lang } from '../../i18n/index.ts';
import { KINDS } from '../content/schema.ts';
import { pathOf } from './routes.ts';

const esc = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font:1.15rem/1.5 system-ui,sans-serif;max-width:32rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}' +
  'h1{font-size:1.5rem;line-height:1.25}section+section{border-top:1px solid #ccc;margin-top:1.5rem}' +
  'ul{list-style:none;padding:0}a{display:block;margin:.5rem 0;padding:.75rem 1rem;border:2px solid #8a1c14;' +
  'border-radius:.6rem;color:#8a1c14;font-weight:600;text-decoration:none}';

/**
 * The script that retries an address in lower case (codes, and any path typed with capitals).
 * @example recaseScript('/') // '<script>…</script>'
 */
export function recaseScript(base: string): string {
  return (
    `<script>(function(){var b=${JSON.stringify(base)},p=location.pathname;if(p.indexOf(b))return;` +
    `var r=p.slice(b.length).toLowerCase();if(r&&!/\\.[a-z0-9]+$/.test(r)&&r.slice(-1)!='/')r+='/';` +
    `if(b+r!=p)location.replace(b+r+location.search+location.hash)})()</script>`
  );
}

/** One language's half: what happened, what to do, and the links. */
function half(base: string, lang: Lang): string {
  const t = useT(lang);
  const link = (href: string, label: string): string => `<li><a href="${esc(href)}">${esc(label)}</a></li>`;
  const links = [
    link(pathOf(base, { page: 'home' }, lang), t('notFound.home')),
    link(pathOf(base, { page: 'search' }, lang), t('notFound.search')),
    ...KINDS.map((kind) => link(pathOf(base, { page: 'list', kind }, lang), t(`list.${kind}s.title`))),
  ];
  const h = lang === 'vi' ? 'h1' : 'h2';
  return (
    `<section lang="${lang}"><${h}>${esc(t('notFound.title'))}</${h}><p>${esc(t('notFound.text'))}</p>` +
    `<p>${esc(t('notFound.code'))}</p><ul>${links.join('')}</ul></section>`
  );
}

/** The whole 404 page for a site under `base` (`/` or `/sub/path/`). */
export function notFoundPage(base: string): string {
  const [vi, en] = [useT('vi'), useT('en')];
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${esc(`${vi('notFound.title')} / ${en('notFound.title')}`)}</title><style>${STYLE}</style>${recaseScript(base)}</head>` +
    `<body>${half(base, 'vi')}${half(base, 'en')}</body></html>\n`
  );
}
