import { describe, expect, it } from 'vitest';
import { cleanText, foldDiacritics, slugify } from '../../../src/lib/content/text.ts';

describe('cleanText', () => {
  it('turns NFD (as macOS saves it) into NFC', () => {
    const nfd = 'Đền Chu Văn An'.normalize('NFD');
    expect(nfd).not.toBe('Đền Chu Văn An');
    expect(cleanText(nfd)).toBe('Đền Chu Văn An');
  });
  it('drops a byte-order mark and CRLF line ends', () => {
    expect(cleanText('\uFEFF---\r\ntitle: a\r\n---\r')).toBe('---\ntitle: a\n---\n');
  });
});

describe('foldDiacritics', () => {
  it('folds stacked marks and đ', () => {
    expect(foldDiacritics('Đền Chu Văn An')).toBe('Den Chu Van An');
    expect(foldDiacritics('đình làng Ước Lễ')).toBe('dinh lang Uoc Le');
    expect(foldDiacritics('Vải thiều Thanh Hà')).toBe('Vai thieu Thanh Ha');
    expect(foldDiacritics('Chữ ký số'.normalize('NFD'))).toBe('Chu ky so');
  });
});

describe('slugify', () => {
  it('makes the slug from the Vietnamese title', () => {
    expect(slugify('Chùa Thử Nghiệm Đường Xá')).toBe('chua-thu-nghiem-duong-xa');
    expect(slugify('  Đền Kiếp Bạc (Hưng Đạo) ')).toBe('den-kiep-bac-hung-dao');
    expect(slugify('Tổ CNS số 3 – Thôn Đông')).toBe('to-cns-so-3-thon-dong');
  });
});
