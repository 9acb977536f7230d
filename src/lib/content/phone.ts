/**
 * Phone numbers as volunteers type them: `0912 345 678`, `0912.345.678`, `+84 912 345 678`,
 * `84912345678`, and the number YAML makes of an unquoted `0912345678` (912345678, leading zero lost).
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
