import { describe, expect, it } from 'vitest';
import { foldD, foldedDWords, prepareForIndex, searchTerm } from '../../../src/lib/search/fold.ts';

describe('foldD', () => {
  it('folds đ and Đ only, keeping tone marks for Pagefind to rank exact spellings first', () => {
    expect(foldD('Đền Chu Văn An')).toBe('Dền Chu Văn An');
    expect(foldD('đình đồi ĐẶC')).toBe('dình dồi DẶC');
    expect(foldD('chùa')).toBe('chùa');
  });
});

describe('searchTerm', () => {
  it('normalises what a phone sends and folds đ like the index', () => {
    expect(searchTerm('  Đền   Kiếp Bạc ')).toBe('Dền Kiếp Bạc');
    expect(searchTerm('đình'.normalize('NFD'))).toBe('dình');
    expect(searchTerm('den chu van an')).toBe('den chu van an');
    expect(searchTerm('VNeID')).toBe('VNeID');
  });
});

describe('foldedDWords', () => {
  it('lists each folded word with đ once', () => {
    expect(foldedDWords('Đền thờ Hưng Đạo Đại Vương, gần đền Kiếp Bạc')).toEqual(['Dền', 'Dạo', 'Dại', 'dền']);
    expect(foldedDWords('Chùa Côn Sơn')).toEqual([]);
  });
});

describe('prepareForIndex', () => {
  const page = (lang: string, body: string) => `<html lang="${lang}"><body><article data-pagefind-body>${body}</article></body></html>`;

  it('folds đ in the indexed text', () => {
    expect(prepareForIndex(page('vi', '<div class="body"><p>Đền thờ <a href="/đ/">đức</a> ông.</p></div>'))).toContain(
      '<p>Dền thờ <a href="/đ/">dức</a> ông.</p>',
    );
  });

  it('keeps the title and summary as written and adds a twin of their folded đ words', () => {
    const html = prepareForIndex(
      page('vi', '<h1>Đền Chu Văn An</h1><p class="lead" data-pagefind-meta="summary">Đền thờ thầy giáo, đẹp.</p>'),
    );
    expect(html).toContain('<h1>Đền Chu Văn An</h1><span data-pagefind-weight="7">Dền</span>');
    expect(html).toContain('<p class="lead" data-pagefind-meta="summary">Đền thờ thầy giáo, đẹp.</p><span>Dền dẹp</span>');
  });

  it('leaves titles without đ as written, with a weighted twin of their syllable pairs', () => {
    expect(prepareForIndex(page('vi', '<h1>Chùa Côn Sơn</h1>'))).toContain(
      '<h1>Chùa Côn Sơn</h1><span data-pagefind-weight="10">chuacon conson</span></article>',
    );
  });

  it('gives syllable pairs to names only, not to summaries or notes', () => {
    const html = prepareForIndex(page('vi', '<p class="lead" data-pagefind-meta="summary">Chùa cổ</p><p class="note">Ghi chú nhỏ</p>'));
    expect(html).toContain('<p class="lead" data-pagefind-meta="summary">Chùa cổ</p><p class="note">Ghi chú nhỏ</p></article>');
    expect(prepareForIndex(page('en', '<span lang="vi" translate="no" data-pagefind-weight="7">Chùa Côn Sơn</span>'))).toContain(
      '<span data-pagefind-weight="10">chuacon conson</span>',
    );
  });

  it('keeps Vietnamese text on an English page out of the index, except the name', () => {
    const html = prepareForIndex(
      page(
        'en',
        '<h1 lang="vi">Đình Thúy Lâm</h1><p class="lead" lang="vi" data-pagefind-meta="summary">Ngôi đình chung</p><div class="body" lang="vi"><p>Thành hoàng</p></div><p>Heritage site</p>',
      ),
    );
    expect(html).toContain('<h1 lang="vi">Đình Thúy Lâm</h1><span data-pagefind-weight="7">Dình</span>');
    expect(html).toContain(
      '<p class="lead" lang="vi" data-pagefind-meta="summary" data-pagefind-ignore>Ngôi đình chung</p><span data-pagefind-ignore>dình</span>',
    );
    expect(html).toContain('<div class="body" lang="vi" data-pagefind-ignore>');
    expect(html).toContain('<p>Heritage site</p>');
  });

  it('keeps a Vietnamese name marked translate="no" in the English index', () => {
    const html = prepareForIndex(
      page('en', '<h1>Kiep Bac Temple</h1><p>Vietnamese name: <span lang="vi" translate="no">Đền Kiếp Bạc</span></p>'),
    );
    expect(html).toContain('<span lang="vi" translate="no">Dền Kiếp Bạc</span>');
    expect(html).not.toContain('data-pagefind-ignore');
  });

  it('indexes Vietnamese pages as they are', () => {
    expect(prepareForIndex(page('vi', '<div class="body" lang="vi"><p>Thành hoàng</p></div>'))).not.toContain('data-pagefind-ignore');
  });
});

describe('prepareForIndex word boundaries', () => {
  it('keeps a fact and its value apart, so each is a word of its own', () => {
    const html = prepareForIndex(
      '<html lang="vi"><body><article data-pagefind-body><dl><dt>Xếp hạng</dt><dd>Di tích</dd></dl></article></body></html>',
    );
    expect(html).toContain('<dt>Xếp hạng </dt><dd>Di tích </dd>');
  });
});
