/**
 * Vietnamese phone numbers as readers meet them: printed readably and linked for calls and Zalo.
 * Numbers arrive as E.164 digits, parsed from what volunteers typed by `content/phone.ts`.
 */

/** The domestic form a Vietnamese reader dials, grouped for reading aloud: `0912 345 678`, `0220 3882 123`. */
export function formatDomestic(e164: string): string {
  const national = `0${e164.slice(2)}`;
  if (national.startsWith('02') && national.length === 11) {
    return `${national.slice(0, 4)} ${national.slice(4, 8)} ${national.slice(8)}`;
  }
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}

/** `tel:` link in international form, which works from any SIM, at home or abroad. */
export function telHref(e164: string): string {
  return `tel:+${e164}`;
}

/** Zalo chat link; Zalo identifies accounts by the domestic number. */
export function zaloHref(e164: string): string {
  return `https://zalo.me/0${e164.slice(2)}`;
}
