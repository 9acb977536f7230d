/**
 * Pictures written in an entry's Markdown text (`![Cổng chùa](./cong-chua.jpg)`), as volunteers and
 * the web editor write them. They go through the same pipeline as `images:` (responsive widths,
 * metadata stripped, alt text checked), so the text never shows a broken picture.
 */

/** One picture in the text: its file (as written), its alt text and the line of the body it is on (1-based). */
export interface BodyImage {
  src: string;
  alt: string;
  line: number;
}

const IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g;

/** Whether a picture's address is a file of the entry's folder (not `https://…`, not `/…`). */
export const isLocal = (src: string): boolean => !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(src);

/**
 * Every picture of a Markdown text.
 * @example bodyImages('Chữ\n\n![Tháp](./thap.jpg)') // [{ src: './thap.jpg', alt: 'Tháp', line: 3 }]
 */
export function bodyImages(markdown: string): BodyImage[] {
  return markdown.split('\n').flatMap((text, i) => [...text.matchAll(IMAGE)].map((m) => ({ src: m[2]!, alt: m[1]!.trim(), line: i + 1 })));
}

/** The local pictures of an entry's texts (both languages), each file once, as written. */
export function localBodyImages(bodies: { vi: string; en: string | null }): string[] {
  return [...new Set([...bodyImages(bodies.vi), ...bodyImages(bodies.en ?? '')].map((i) => i.src).filter(isLocal))];
}
