import { describe, expect, it } from 'vitest';
import { byTitleWords, holdsEvery, syllablePairs, syllables, tiers, titleWords } from '../../../src/lib/search/rank.ts';

describe('syllables and their pairs', () => {
  it('fold marks and đ, lower-case, and pair neighbours', () => {
    expect(syllables('Đền Chu Văn An')).toEqual(['den', 'chu', 'van', 'an']);
    expect(syllablePairs('Đền Chu Văn An')).toEqual(['denchu', 'chuvan', 'vanan']);
    expect(syllablePairs('den chu van an')).toEqual(syllablePairs('ĐỀN CHU VĂN AN'.normalize('NFD')));
    expect(syllablePairs('Vải')).toEqual([]);
  });
});

describe('holdsEvery', () => {
  it('keeps a result that holds each typed word as a word start, or a word two letters short of it', () => {
    expect(holdsEvery('den chu', 'Đền Chu Văn An')).toBe(true);
    expect(holdsEvery('chu van a', 'Đền Chu Văn An')).toBe(true);
    expect(holdsEvery('temples', 'A temple on the mountain')).toBe(true);
  });

  it('drops what Pagefind found only by a stray prefix of a word it does not know', () => {
    expect(holdsEvery('xyzxyz', 'Xây từ thế kỷ X')).toBe(false);
    expect(holdsEvery('chùa xyzxyz', 'Chùa Đồng Ngọ, thế kỷ X')).toBe(false);
  });
});

describe('tiers', () => {
  it('lists the phrase hits first, then the others, each once', () => {
    const r = (id: string) => ({ id });
    expect(tiers([r('b'), r('c')], [r('a'), r('b'), r('d')]).map((x) => x.id)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('byTitleWords', () => {
  it('counts typed words a title holds whole, minding marks only when they were typed', () => {
    expect(titleWords('đền', 'Đền Kiếp Bạc')).toBe(1);
    expect(titleWords('đền', 'Đến chơi nhà')).toBe(0);
    expect(titleWords('den', 'Đến chơi nhà')).toBe(1);
    expect(titleWords('côn', 'Tổ công nghệ số')).toBe(0);
  });

  it('puts titles with the words whole first, keeping the order among equals', () => {
    const titles = ['Tổ công nghệ số cộng đồng', 'Tổ công nghệ số khu Côn Sơn', 'Chùa Côn Sơn', 'Đền Kiếp Bạc'];
    expect(byTitleWords('côn', titles, (t) => t)).toEqual([
      'Tổ công nghệ số khu Côn Sơn',
      'Chùa Côn Sơn',
      'Tổ công nghệ số cộng đồng',
      'Đền Kiếp Bạc',
    ]);
  });
});
