/**
 * Reading built pages without a DOM: enough for pages the tests' own build wrote (regular markup,
 * attributes in double quotes).
 */
import { readdirSync } from 'node:fs';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, entities decoded, white space made single spaces. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (ENTITIES[e] ?? m),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first capture group of every match, in document order. */
export const captures = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1]!);

/** Every root-relative link and asset of a page (`href`, `src` and each `srcset` candidate), query and fragment dropped. */
export function localLinks(html: string): string[] {
  const single = captures(html, /\s(?:href|src)="(\/[^"]*)"/g);
  const sets = captures(html, /\ssrcset="([^"]*)"/g).flatMap((set) => set.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  return [...single, ...sets.filter((u) => u.startsWith('/'))].map((u) => u.replace(/[?#].*$/, ''));
}

/** The JSON-LD object of a page, or undefined. */
export function jsonLd(html: string): Record<string, unknown> | undefined {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : undefined;
}

/**
 * The text of an entry page's article without its body and summary: its name, facts and labels —
 * what an English page shows even when the entry has no English text.
 */
export function articleChrome(html: string): string {
  const article = /<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
  return textOf(
    article.replace(/<div class="body"[\s\S]*?<\/div>(?=\s*(?:<section|<\/article>))/, '').replace(/<p class="lead"[\s\S]*?<\/p>/, ''),
  );
}

/** Every built HTML page of a folder, relative paths with `/`. */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map((f) => String(f).split('\\').join('/'))
    .filter((f) => f.endsWith('.html'));
