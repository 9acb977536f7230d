import { describe, expect, it } from 'vitest';
import { toE164 } from '../../../src/lib/content/phone.ts';
import { formatDomestic, telHref, zaloHref } from '../../../src/lib/people/phone.ts';

describe('toE164', () => {
  it.each([
    ['0912345678', '84912345678'],
    ['0912 345 678', '84912345678'],
    ['0912.345.678', '84912345678'],
    ['+84 912 345 678', '84912345678'],
    ['84912345678', '84912345678'],
    ['0220 3882 123', '842203882123'],
    [912345678, '84912345678'], // YAML read an unquoted 0912345678 as a number
  ])('%s → %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });
  it.each(['12345', '0912abc678', '+1 202 555 0100', ''])('rejects %s', (input) => {
    expect(toE164(input)).toBeNull();
  });
});

describe('links and display', () => {
  it('prints domestic numbers grouped', () => {
    expect(formatDomestic('84912345678')).toBe('0912 345 678');
    expect(formatDomestic('842203882123')).toBe('0220 3882 123');
  });
  it('links tel: in +84 form and Zalo by domestic number', () => {
    expect(telHref('84912345678')).toBe('tel:+84912345678');
    expect(zaloHref('84912345678')).toBe('https://zalo.me/0912345678');
  });
});
