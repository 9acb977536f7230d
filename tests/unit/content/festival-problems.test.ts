/**
 * Festival dates as volunteers write them: good ones are read, bad ones are named in both
 * languages at their line, as `npm run check` prints them.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../src/lib/content/problems.ts';
import { check, copySite, edit } from '../../scenarios/authoring/helpers.ts';

const RELIC = 'relics/den-mau/vi.md';
const EN = 'relics/den-mau/en.md';
const withFestivals = (lines: string) => (root: string) => edit(root, RELIC, 'address:', `festivals:\n${lines}\naddress:`);

/** The problems of a changed copy of the fixture, as printed in Vietnamese and in English. */
function told(change: (root: string) => void, severity = 'error'): [string, string] {
  const root = copySite();
  change(root);
  const found = check(root).problems.filter((p) => p.severity === severity && p.key.toLowerCase().includes('festival'));
  return [formatProblems(found, 'vi'), formatProblems(found, 'en')];
}

describe('festivals', () => {
  it('reads lunar days, spans, leap months and solar days without a problem', () => {
    const root = copySite();
    withFestivals(
      '  - { name: Hội đền, lunar: 10-20/8 }\n  - { name: Lễ tháng nhuận, lunar: 15/4n }\n  - { name: Ngày Nhà giáo, solar: 20/11 }',
    )(root);
    const { problems, entries } = check(root);
    expect(problems.filter((p) => p.key.startsWith('festival'))).toEqual([]);
    const relic = entries.find((e) => e.kind === 'relic' && e.slug === 'den-mau')!;
    expect('festivals' in relic.data && relic.data.festivals?.map((f) => f.lunar ?? f.solar)).toEqual([
      { calendar: 'lunar', day: 10, lastDay: 20, month: 8, leap: false },
      { calendar: 'lunar', day: 15, lastDay: 15, month: 4, leap: true },
      { calendar: 'solar', day: 20, lastDay: 20, month: 11, leap: false },
    ]);
  });

  it('a date written in words', () => {
    const [vi, en] = told(withFestivals('  - name: Hội đền\n    lunar: 20 tháng 8'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [festivalDate]: content/relics/den-mau/vi.md, dòng 8, mục “festivals.0.lunar”
        Ngày lễ hội “20 tháng 8” không đúng dạng ngày/tháng.
        Cách sửa: Viết ngày, dấu gạch chéo, rồi tháng, ví dụ lunar: 20/8 (ngày 20 tháng 8 âm lịch). Tháng nhuận thêm chữ n: lunar: 15/4n. Lễ hội nhiều ngày: lunar: 10-20/8. Ngày dương lịch: solar: 20/11 (không có tháng nhuận)."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [festivalDate]: content/relics/den-mau/vi.md, line 8, field “festivals.0.lunar”
        The festival date “20 tháng 8” is not written as day/month.
        How to fix: Write the day, a slash, then the month, e.g. lunar: 20/8 (20th day of the 8th lunar month). For a leap month add n: lunar: 15/4n. For several days: lunar: 10-20/8. A solar date: solar: 20/11 (no leap months)."
    `);
  });

  it('month and day swapped, a day the month lacks, a span backwards', () => {
    const [vi, en] = told(withFestivals('  - { name: A, lunar: 8/20 }\n  - { name: B, solar: 31/4 }\n  - { name: C, lunar: 20-10/8 }'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [festivalMonth]: content/relics/den-mau/vi.md, dòng 7, mục “festivals.0.lunar”
        Tháng trong “8/20” phải từ 1 đến 12.
        Cách sửa: Viết ngày trước, tháng sau: lunar: 20/8 là ngày 20 tháng 8. Tháng Giêng là 1, tháng Chạp là 12.

      LỖI [festivalDay]: content/relics/den-mau/vi.md, dòng 8, mục “festivals.1.solar”
        Ngày “31/4” không có trong tháng đó.
        Cách sửa: Tháng âm lịch có từ ngày 1 đến ngày 30 (tháng thiếu thì lễ ngày 30 làm vào ngày 29); tháng dương lịch theo số ngày của tháng, ví dụ 30/4, 31/12.

      LỖI [festivalRange]: content/relics/den-mau/vi.md, dòng 9, mục “festivals.2.lunar”
        Trong “20-10/8” ngày kết thúc đứng trước ngày bắt đầu.
        Cách sửa: Viết ngày đầu trước, ngày cuối sau, trong cùng một tháng, ví dụ lunar: 10-20/8. Lễ hội sang tháng sau thì ghi thành hai dòng."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [festivalMonth]: content/relics/den-mau/vi.md, line 7, field “festivals.0.lunar”
        The month in “8/20” must be between 1 and 12.
        How to fix: Write the day first, then the month: lunar: 20/8 is the 20th day of the 8th month. The first lunar month is 1, the last 12.

      ERROR [festivalDay]: content/relics/den-mau/vi.md, line 8, field “festivals.1.solar”
        The day “31/4” does not exist in that month.
        How to fix: Lunar months have days 1 to 30 (in a short month a festival on the 30th is held on the 29th); solar months as many days as the month has, e.g. 30/4, 31/12.

      ERROR [festivalRange]: content/relics/den-mau/vi.md, line 9, field “festivals.2.lunar”
        In “20-10/8” the last day comes before the first.
        How to fix: Write the first day, then the last, within one month, e.g. lunar: 10-20/8. For a festival running into the next month, write two lines."
    `);
  });

  it('no date, or both calendars', () => {
    const [vi, en] = told(withFestivals('  - { name: Hội đền }\n  - { name: Hội làng, lunar: 10/1, solar: 10/2 }'));
    expect(vi).toMatchInlineSnapshot(`
      "LỖI [festivalWhen]: content/relics/den-mau/vi.md, dòng 7, mục “festivals.0”
        Lễ hội cần đúng một ngày: lunar (âm lịch) hoặc solar (dương lịch).
        Cách sửa: Thêm một dòng lunar: 20/8 (âm lịch) hoặc solar: 20/11 (dương lịch) dưới tên lễ hội; không ghi cả hai.

      LỖI [festivalWhen]: content/relics/den-mau/vi.md, dòng 8, mục “festivals.1”
        Lễ hội cần đúng một ngày: lunar (âm lịch) hoặc solar (dương lịch).
        Cách sửa: Thêm một dòng lunar: 20/8 (âm lịch) hoặc solar: 20/11 (dương lịch) dưới tên lễ hội; không ghi cả hai."
    `);
    expect(en).toMatchInlineSnapshot(`
      "ERROR [festivalWhen]: content/relics/den-mau/vi.md, line 7, field “festivals.0”
        A festival needs exactly one date: lunar or solar.
        How to fix: Add a line lunar: 20/8 (lunar calendar) or solar: 20/11 (solar calendar) under the festival's name; not both.

      ERROR [festivalWhen]: content/relics/den-mau/vi.md, line 8, field “festivals.1”
        A festival needs exactly one date: lunar or solar.
        How to fix: Add a line lunar: 20/8 (lunar calendar) or solar: 20/11 (solar calendar) under the festival's name; not both."
    `);
  });

  it('an English name whose date matches no festival of vi.md is a warning', () => {
    const [vi, en] = told((root) => {
      withFestivals('  - { name: Hội đền, lunar: 20/8 }')(root);
      edit(root, EN, /^---\n/, '---\nfestivals:\n  - { name: Temple festival, lunar: 21/8 }\n');
    }, 'warning');
    expect(vi).toMatchInlineSnapshot(`
      "Lưu ý [enFestivalUnknown]: content/relics/den-mau/en.md, dòng 3, mục “festivals.0”
        Bản tiếng Anh có lễ hội “Temple festival” nhưng bản tiếng Việt không có lễ hội nào cùng ngày.
        Cách sửa: Ghi lunar hoặc solar giống hệt ngày của lễ hội đó trong vi.md."
    `);
    expect(en).toMatchInlineSnapshot(`
      "Note [enFestivalUnknown]: content/relics/den-mau/en.md, line 3, field “festivals.0”
        The English file names a festival “Temple festival” but the Vietnamese file has no festival on that date.
        How to fix: Write lunar or solar exactly as that festival's date in vi.md."
    `);
  });
});
