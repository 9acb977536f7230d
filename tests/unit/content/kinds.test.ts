/**
 * Homestays and guides: what their schemas accept and refuse, the checks across entries (a guide's
 * team, its age, a host's number without consent), and a guide's lists in each language.
 */
import { describe, expect, it } from 'vitest';
import type { GuideEntry, HomestayEntry, TeamEntry } from '../../../src/lib/content/entries.ts';
import { checkEntries } from '../../../src/lib/content/checks.ts';
import { guideBring, guideSteps, isStale, vietnamDay } from '../../../src/lib/content/guide-text.ts';
import { guidesFor, teamsFor } from '../../../src/lib/content/related.ts';
import { guideSchema, guideTranslationSchema, homestaySchema, teamSchema } from '../../../src/lib/content/schema.ts';
import { validate } from '../../../src/lib/content/validate.ts';
import type { Problem } from '../../../src/lib/content/problems.ts';

const NOW = new Date('2026-12-03T08:00:00Z');
const common = { code: 'lt01', title: 'Nhà vườn', summary: 'Nhà vườn gần núi.', area: 'dong' };
const consent = { phone: true, date: '2026-10-12', how: 'ký phiếu' };
const stay = (data: Record<string, unknown>): HomestayEntry => ({
  kind: 'homestay',
  slug: 'nha-vuon',
  dir: 'content/homestays/nha-vuon',
  data: homestaySchema.parse({ ...common, address: 'Thôn Đông', host: { name: 'Phạm Hưng' }, ...data }),
  en: null,
  body: { vi: '', en: null },
});
const guide = (data: Record<string, unknown> = {}, en: Record<string, unknown> | null = null): GuideEntry => ({
  kind: 'guide',
  slug: 'cai-vneid',
  dir: 'content/guides/cai-vneid',
  data: guideSchema.parse({
    ...common,
    code: 'hd01',
    services: ['vneid'],
    audience: 'Công dân từ 14 tuổi',
    bring: ['Thẻ căn cước', 'Điện thoại có NFC'],
    steps: [{ text: 'Cài VNeID.' }, { text: 'Bấm Đăng ký.', image: { src: './b2.png', alt: 'Nút Đăng ký' } }],
    checked: '2026-11-28',
    ...data,
  }),
  en: en && guideTranslationSchema.parse({ title: 'Setting up VNeID', ...en }),
  body: { vi: '', en: null },
});
const team = (code: string, services: string[]): TeamEntry => ({
  kind: 'team',
  slug: `to-${code}`,
  dir: `content/teams/to-${code}`,
  data: teamSchema.parse({ ...common, code, title: `Tổ ${code}`, schedule: 'Tối thứ Bảy', place: 'Nhà văn hoá', services }),
  en: null,
  body: { vi: '', en: null },
});
const keys = (problems: Problem[]): string[] => problems.map((p) => `${p.severity} ${p.key} ${p.field ?? ''}`.trim());
const problemsOf = (schema: Parameters<typeof validate>[0], data: Record<string, unknown>): Problem[] => {
  const problems: Problem[] = [];
  validate(schema, { data, lineOf: () => undefined }, 'vi.md', problems);
  return problems;
};

describe('the homestay schema', () => {
  it('takes a full homestay and fills the defaults', () => {
    const e = stay({
      location: { lat: 21.15, lng: 106.39 },
      price: { from: 350000, to: 550000 },
      book: [{ url: 'https://www.agoda.com/x' }],
    });
    expect(e.data.price).toEqual({ from: 350000, to: 550000, per: 'room' });
    expect(e.data).toMatchObject({ languages: ['vi'], includes: [], host: { name: 'Phạm Hưng', zalo: false } });
  });

  it('names a price written with dots (YAML reads 350.000 as 350) and an unknown language', () => {
    const data = { ...common, address: 'Thôn Đông', host: { name: 'A' }, price: { from: 350 }, languages: ['vn'] };
    expect(keys(problemsOf(homestaySchema, data))).toEqual(['error priceVnd price.from', 'error notInList languages.0']);
  });
});

describe('the guide schema', () => {
  it('needs at least one step, a checked date, and a description for each screenshot', () => {
    const data = { ...common, services: ['vneid'], audience: 'Mọi người', steps: [{ text: 'Mở', image: { src: './a.png' } }] };
    expect(keys(problemsOf(guideSchema, data))).toEqual(['error missing steps.0.image.alt', 'error missing checked']);
    expect(keys(problemsOf(guideSchema, { ...data, steps: [], checked: '2026-01-01' }))).toEqual(['error tooFew steps']);
  });
});

describe('checks of guides and homestays', () => {
  const teams = [team('td01', ['vneid']), team('td02', ['4g'])];

  it('warns a guide a year old or more, on the day in Vietnam', () => {
    expect(isStale('2025-12-03', NOW)).toBe(true);
    expect(isStale('2025-12-04', NOW)).toBe(false);
    // 17:30 UTC on 3 December is already 4 December in Hà Nội.
    expect(vietnamDay(new Date('2026-12-03T17:30:00Z'))).toBe('2026-12-04');
    expect(isStale('2025-12-04', new Date('2026-12-03T17:30:00Z'))).toBe(true);
    const problems = checkEntries([...teams, guide({ checked: '2025-06-01' })], null, NOW);
    expect(keys(problems).filter((k) => k.startsWith('warning guide'))).toEqual(['warning guideStale checked']);
    expect(problems.find((p) => p.key === 'guideStale')?.values).toMatchObject({
      checked: '2025-06-01',
      due: '2026-06-01',
      today: '2026-12-03',
    });
    expect(keys(checkEntries([...teams, guide()], null, NOW)).some((k) => k.includes('guideStale'))).toBe(false);
  });

  it('refuses a team code no team has, and warns when no team offers the service', () => {
    expect(keys(checkEntries([...teams, guide({ team: 'td09' })], null, NOW))).toContain('error unknownTeam team');
    const lonely = keys(checkEntries([...teams, guide({ services: ['e-health'] })], null, NOW));
    expect(lonely).toContain('warning guideNoTeam services');
  });

  it('warns that a host number without recorded consent stays hidden, and is quiet with consent', () => {
    const hidden = stay({ host: { name: 'Phạm Hưng', phone: '0912 000 511' } });
    expect(keys(checkEntries([hidden], null, NOW))).toContain('warning hostPhoneHidden host.consent');
    const shown = stay({ host: { name: 'Phạm Hưng', phone: '0912 000 511', consent } });
    expect(keys(checkEntries([shown], null, NOW))).not.toContain('warning hostPhoneHidden host.consent');
    const withdrawn = stay({ host: { name: 'Phạm Hưng', phone: '0912 000 511', consent: { ...consent, withdrawn: '2026-11-01' } } });
    expect(keys(checkEntries([withdrawn], null, NOW))).toContain('warning hostPhoneHidden host.consent');
  });

  it('links teams and guides both ways: by service, or by the team a guide names', () => {
    const g = guide();
    expect(teamsFor(g, [...teams, g]).map((t) => t.data.code)).toEqual(['td01']);
    expect(guidesFor(teams[0]!, [...teams, g])).toEqual([g]);
    expect(guidesFor(teams[1]!, [...teams, g])).toEqual([]);
    const named = guide({ team: 'td02' });
    expect(teamsFor(named, [...teams, named]).map((t) => t.data.code)).toEqual(['td02']);
    expect(guidesFor(teams[0]!, [...teams, named])).toEqual([]);
  });
});

describe('a guide in each language', () => {
  it('matches English items by position and marks each missing one as Vietnamese', () => {
    const g = guide(
      {},
      { bring: ['Chip ID card'], steps: [{ text: 'Install VNeID.' }, { text: 'Tap Register.', alt: 'The Register button' }] },
    );
    expect(guideBring(g, 'en')).toEqual([
      { text: 'Chip ID card', lang: 'en' },
      { text: 'Điện thoại có NFC', lang: 'vi' },
    ]);
    expect(guideSteps(g, 'en')[1]).toEqual({
      text: { text: 'Tap Register.', lang: 'en' },
      image: { src: './b2.png', alt: { text: 'The Register button', lang: 'en' } },
    });
    expect(guideSteps(guide(), 'en')[0]).toEqual({ text: { text: 'Cài VNeID.', lang: 'vi' } });
  });
});
