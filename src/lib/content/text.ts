/**
 * Vietnamese text handling: Unicode normalisation, diacritic folding and slugs.
 * Pure functions, no Astro imports.
 */

/** Normalises to NFC, drops a UTF-8 byte-order mark and turns CRLF / CR line ends into LF. */
export function cleanText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/**
 * Removes tone and vowel marks and turns đ/Đ into d/D.
 * `đ` is a letter of its own in Unicode (it has no decomposition), so NFD alone leaves it in place.
 * @example foldDiacritics('Đền Chu Văn An') // 'Den Chu Van An'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A URL slug: folded to ASCII, lower case, words joined by hyphens.
 * @example slugify('Chùa Thử Nghiệm Đường Xá') // 'chua-thu-nghiem-duong-xa'
 */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
