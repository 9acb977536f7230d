/**
 * Vietnamese phone numbers: parse what volunteers type, print it readably, and link it.
 * Accepts `0912 345 678`, `0912.345.678`, `+84 912 345 678`, `84912345678`, and the number YAML
 * makes of an unquoted `0912345678` (912345678, leading zero lost).
 */

/** A number in E.164 form without the plus, e.g. `84912345678`; `null` when it is not a Vietnamese number. */
export function toE164(input: string | number): string | null {
  let digits = String(input).replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (!/^\d+$/.test(digits)) return null;
  // `84` is the country code only when what follows is a whole national number: an unquoted
  // 0843 123 456 reaches us as 843123456, a national number that merely starts with 84.
  if (digits.startsWith('84') && digits.length >= 11) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = digits.slice(1);
  // What is left is the national significant number: 9 digits for mobiles (3x, 5x, 7x, 8x, 9x)
  // and for landlines (2xx area code + 7 digits), 10 for the few special 1800/1900 lines.
  if (!/^[1-9]\d{8,9}$/.test(digits)) return null;
  return `84${digits}`;
}

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
