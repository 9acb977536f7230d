import { describe, expect, it } from 'vitest';
import { useT, type Lang } from '../../../src/i18n/index.ts';
import type { Entry, ProductEntry, RelicEntry, TeamEntry } from '../../../src/lib/content/entries.ts';
import type { Kind } from '../../../src/lib/content/schema.ts';
import type { Site } from '../../../src/lib/content/site-schema.ts';
import { groupList } from '../../../src/lib/web/groups.ts';

// Areas in the order the volunteers wrote them in site.yaml: not alphabetical, one still empty.
const site = {
  areas: [
    { id: 'xa-song-ho', name: { vi: 'Xã Song Hồ', en: 'Song Ho Commune' }, hamlets: [] },
    { id: 'phuong-dong-nguyen', name: { vi: 'Phường Đồng Nguyên', en: 'Dong Nguyen Ward' }, hamlets: [] },
    { id: 'xa-chua-co', name: { vi: 'Xã Chưa Có', en: 'Empty Commune' }, hamlets: [] },
    { id: 'phuong-an-binh', name: { vi: 'Phường An Bình', en: 'An Binh Ward' }, hamlets: [] },
  ],
} as unknown as Site;

const entry = <E extends Entry>(kind: Kind, slug: string, data: Record<string, unknown>): E =>
  ({ kind, slug, dir: `content/${kind}s/${slug}`, en: null, body: { vi: '', en: null }, data: { title: slug, ...data } }) as unknown as E;
const relic = (slug: string, area: string) => entry<RelicEntry>('relic', slug, { area });
const team = (slug: string, area: string) => entry<TeamEntry>('team', slug, { area });
const product = (slug: string, season: number[]) => entry<ProductEntry>('product', slug, { area: 'xa-song-ho', season });

/** Each group as `id: slug, slug`, for readable comparisons. */
const shape = (kind: Kind, entries: Entry[], lang: Lang = 'vi') =>
  groupList(kind, entries, site, lang, useT(lang)).map((g) => `${g.id}: ${g.entries.map((e) => e.slug).join(', ')}`);

describe('list groups', () => {
  it('groups relics by area in the order of site.yaml, entries in the order given, empty areas left out', () => {
    const relics = [
      relic('z-den', 'phuong-an-binh'),
      relic('m-dinh', 'xa-song-ho'),
      relic('a-chua', 'phuong-an-binh'),
      relic('b-mieu', 'xa-song-ho'),
    ];
    expect(shape('relic', relics)).toEqual(['xa-song-ho: m-dinh, b-mieu', 'phuong-an-binh: z-den, a-chua']);
  });

  it('labels an area group with the area name in the page language', () => {
    const relics = [relic('den', 'phuong-dong-nguyen')];
    expect(groupList('relic', relics, site, 'vi', useT('vi'))[0]).toMatchObject({ id: 'phuong-dong-nguyen', label: 'Phường Đồng Nguyên' });
    expect(groupList('relic', relics, site, 'en', useT('en'))[0]).toMatchObject({ label: 'Dong Nguyen Ward' });
  });

  it('groups teams by area like relics', () => {
    const teams = [
      team('to-an-binh', 'phuong-an-binh'),
      team('to-dong-nguyen', 'phuong-dong-nguyen'),
      team('to-an-binh-2', 'phuong-an-binh'),
    ];
    expect(shape('team', teams)).toEqual(['phuong-dong-nguyen: to-dong-nguyen', 'phuong-an-binh: to-an-binh, to-an-binh-2']);
  });

  it('groups products by season in the order of the year, a product in every season it is sold, all-year last', () => {
    const products = [
      product('quanh-nam', []),
      product('vai', [5, 6]),
      product('banh-tet', [12, 1]),
      product('dua', [3, 4]),
      product('gao', []),
    ];
    expect(shape('product', products)).toEqual([
      'spring: banh-tet, dua',
      'summer: vai, dua',
      'winter: banh-tet',
      'all-year: quanh-nam, gao',
    ]);
  });

  it('labels season groups in the page language', () => {
    const products = [product('vai', [5]), product('gao', [])];
    expect(groupList('product', products, site, 'vi', useT('vi')).map((g) => g.label)).toEqual(['Mùa hè (tháng 4–6)', 'Quanh năm']);
    expect(groupList('product', products, site, 'en', useT('en')).map((g) => g.label)).toEqual(['Summer (April–June)', 'All year round']);
  });

  it('leaves out the all-year group when every product has a season, and gives no group for no entries', () => {
    expect(shape('product', [product('na', [7, 8, 9])])).toEqual(['autumn: na']);
    expect(shape('product', [])).toEqual([]);
    expect(shape('relic', [])).toEqual([]);
  });
});
