import { describe, expect, it } from 'vitest';
import { face, textWidth } from '../../../src/lib/print/font.ts';
import { wrap } from '../../../src/lib/print/fit.ts';
import { qrWidth, type Layout, type TextItem } from '../../../src/lib/print/layout.ts';
import { teamPoster, type TeamPosterData } from '../../../src/lib/print/team-poster.ts';
import { trailPoster, type TrailStop } from '../../../src/lib/print/trail-poster.ts';
import { expectClean, ink, overlap } from './boxes.ts';
import { team } from './team-fixture.ts';

const SCHEDULE =
  'Lịch trực: Tối thứ Tư 19:30–21:00; mùa vải (tháng 5–6) hỗ trợ qua Zalo là chính; ngoài ra hẹn riêng tại nhà cho người cao tuổi, người khuyết tật và những ai không tự đến được nhà văn hóa';
const people = (n: number): TeamPosterData['contacts'] =>
  Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Văn Thành Viên Số ${i + 1} — Thành viên`, phone: `0912 000 ${100 + i}` }));
const stops = (n: number): TrailStop[] =>
  Array.from({ length: n }, (_, i) => ({
    title: i % 2 ? 'Đền thờ Nguyễn Trãi' : 'Cây vải tổ Thanh Hà',
    line: 'Đền thờ danh nhân Nguyễn Trãi trong khu di tích Côn Sơn, gần nơi ông sống những năm cuối đời; lễ giỗ ngày 16 tháng 8 âm lịch.',
    url: `HTTPS://LANGSO.EXAMPLE.VN/Q/DT${String(i + 1).padStart(2, '0')}/`,
    short: `langso.example.vn/q/dt${String(i + 1).padStart(2, '0')}`,
  }));

/** The wrapped lines of one paragraph, from the line starting with `start`. */
function paragraph(l: Layout, start: string): string {
  const i = l.texts.findIndex((t) => t.text.startsWith(start));
  expect(i).toBeGreaterThanOrEqual(0);
  const lines = [l.texts[i]!];
  for (const t of l.texts.slice(i + 1)) {
    const prev = lines.at(-1)!;
    if (t.x !== prev.x || t.size !== prev.size || Math.abs(t.y - prev.y - 1.3 * t.size) > 0.01) break;
    lines.push(t);
  }
  return lines.map((t) => t.text).join(' ');
}

const footerOf = (l: Layout): TextItem => l.texts.find((t) => t.text === team.footer)!;
const phones = (l: Layout): string[] => l.texts.filter((t) => /^0\d{3} \d{3} \d{3}$/.test(t.text)).map((t) => t.text);

describe('wrap', () => {
  it('keeps a line that fits as it is', () => {
    expect(wrap('Xã Thanh Hà', 'regular', 100, 5)).toEqual(['Xã Thanh Hà']);
  });

  it('breaks at spaces, keeping every word and every line within the width', () => {
    const lines = wrap(SCHEDULE, 'regular', 182, 5);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(textWidth(face('regular'), l, 5)).toBeLessThanOrEqual(182);
    expect(lines.join(' ')).toBe(SCHEDULE);
  });

  it('returns NFC text from decomposed input', () => {
    const nfd = 'Nhà văn hóa thôn Thúy Lâm, cạnh sân đình'.normalize('NFD');
    const lines = wrap(nfd, 'regular', 40, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(nfd.normalize('NFC'));
    for (const l of lines) expect(l).toBe(l.normalize('NFC'));
  });

  it('clips a single word too long for a line and carries on with the next', () => {
    const lines = wrap('https://langso.example.vn/q/td03/dich-vu-cong xem', 'regular', 30, 5);
    expect(lines[0]!.endsWith('…')).toBe(true);
    expect(textWidth(face('regular'), lines[0]!, 5)).toBeLessThanOrEqual(30);
    expect(lines[1]).toBe('xem');
  });

  it('stops at maxLines and clips what is left', () => {
    const lines = wrap(SCHEDULE, 'bold', 60, 5, 2);
    expect(lines.length).toBe(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(face('bold'), l, 5)).toBeLessThanOrEqual(60);
  });

  it('gives no lines for blank text', () => {
    expect(wrap('  ', 'regular', 50, 5)).toEqual([]);
  });
});

describe('team poster', () => {
  it('gives a few contacts a code of 60 mm up to 42 % of the width on A4, quiet zone and short URL clear of all text', () => {
    const l = teamPoster(team, 'A4', 'H');
    expectClean(l);
    const q = l.codes[0]!;
    expect(qrWidth(q)).toBeGreaterThanOrEqual(60);
    expect(qrWidth(q)).toBeLessThanOrEqual(0.42 * 182);
    const short = l.texts.find((t) => t.text === team.short)!;
    expect(short.x).toBeCloseTo(q.x + qrWidth(q) / 2, 6);
    expect(ink(short).y1).toBeGreaterThan(q.y + qrWidth(q));
    expect(phones(l)).toEqual(team.contacts.map((c) => c.phone));
  });

  it('wraps a long schedule, place, service and heading instead of clipping them', () => {
    const heading = 'Tổ công nghệ số cộng đồng khu dân cư Phượng Hoàng và các khu dân cư lân cận';
    const service = 'Hướng dẫn cài đặt, kích hoạt và sử dụng ứng dụng VNeID mức độ 2 cho người cao tuổi và người khuyết tật';
    const where = 'Địa điểm: Nhà văn hóa thôn Thúy Lâm, cạnh sân đình; khi mưa bão thì họp tại trụ sở Ủy ban nhân dân xã Thanh Hà';
    const l = teamPoster({ ...team, heading, when: SCHEDULE, where, services: [...team.services, service] }, 'A4', 'H');
    expectClean(l);
    expect(l.texts.some((t) => t.text.includes('…'))).toBe(false);
    expect(paragraph(l, 'Lịch trực')).toBe(SCHEDULE);
    expect(paragraph(l, 'Địa điểm')).toBe(where);
    expect(paragraph(l, 'Hướng dẫn')).toBe(service);
    expect(paragraph(l, 'Tổ công nghệ')).toBe(heading);
    expect(l.texts.find((t) => t.text.startsWith('Tổ công nghệ'))!.size).toBeGreaterThanOrEqual(6);
  });

  it('sets eight contacts beside a smaller code, none on the code or the footer', () => {
    const l = teamPoster({ ...team, contacts: people(8) }, 'A4', 'H');
    expectClean(l);
    expect(qrWidth(l.codes[0]!)).toBeGreaterThanOrEqual(35);
    expect(phones(l)).toEqual(people(8).map((c) => c.phone));
    const footer = ink(footerOf(l));
    for (const t of l.texts.filter((x) => x !== footerOf(l))) expect(overlap(ink(t), footer), t.text).toBe(false);
  });

  it('with more contacts than the page holds, lists what fits and says how many are behind the code', () => {
    const l = teamPoster({ ...team, when: SCHEDULE, contacts: people(24) }, 'A4', 'H');
    expectClean(l);
    expect(qrWidth(l.codes[0]!)).toBeGreaterThanOrEqual(35);
    const note = l.texts.find((t) => t.text.startsWith('+ '))!;
    expect(phones(l).length + Number(/\+ (\d+)/.exec(note.text)![1])).toBe(24);
    const footer = ink(footerOf(l));
    for (const t of l.texts.filter((x) => x !== footerOf(l))) expect(overlap(ink(t), footer), t.text).toBe(false);
  });

  it('keeps a code of at least 35 mm under the fullest possible head: every service, three-line schedule and place', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((x) => `Bán hàng trên sàn thương mại điện tử ${x}`);
    const l = teamPoster({ ...team, services: all, when: SCHEDULE, where: SCHEDULE, contacts: people(3) }, 'A4', 'H');
    expectClean(l);
    expect(qrWidth(l.codes[0]!)).toBeGreaterThanOrEqual(35);
  });

  it('scales everything up on A3', () => {
    const l = teamPoster(team, 'A3', 'H');
    expectClean(l);
    expect(qrWidth(l.codes[0]!)).toBeGreaterThanOrEqual((60 * 297) / 210);
  });
});

/** Row pitch of each column: gaps between successive codes sharing an x. */
function pitches(l: Layout): number[] {
  const cols = Map.groupBy(l.codes, (q) => q.x);
  return [...cols.values()].flatMap((qs) => qs.slice(1).map((q, i) => q.y - qs[i]!.y));
}

describe('trail poster', () => {
  it('keeps a short trail in one column of tall rows', () => {
    const pages = trailPoster('Con đường di sản · Heritage trail', 'Phường Chu Văn An', stops(5), 'A4', 'H');
    expect(pages.length).toBe(1);
    expectClean(pages[0]!);
    expect(new Set(pages[0]!.codes.map((q) => q.x)).size).toBe(1);
    for (const p of pitches(pages[0]!)) expect(p).toBeGreaterThanOrEqual(30);
  });

  it('puts twelve stops in two columns on one page, rows of at least 22 mm, all inside the paper', () => {
    const pages = trailPoster('Con đường di sản · Heritage trail', 'Xã Thanh Hà', stops(12), 'A4', 'H');
    expect(pages.length).toBe(1);
    const l = pages[0]!;
    expectClean(l);
    expect(l.codes.length).toBe(12);
    expect(new Set(l.codes.map((q) => q.x)).size).toBe(2);
    for (const p of pitches(l)) expect(p).toBeGreaterThanOrEqual(22);
    for (const s of stops(12)) expect(l.texts.map((t) => t.text)).toContain(s.short);
    for (let i = 1; i <= 12; i++) expect(l.texts.some((t) => t.text.startsWith(`${i}. `))).toBe(true);
  });

  it('continues a very long trail on further pages, each stop once, rows never below 22 mm', () => {
    for (const size of ['A4', 'A3'] as const) {
      const pages = trailPoster('Con đường di sản · Heritage trail', 'Xã Thanh Hà', stops(50), size, 'H');
      expect(pages.length).toBeGreaterThan(1);
      for (const l of pages) {
        expectClean(l);
        for (const p of pitches(l)) expect(p).toBeGreaterThanOrEqual((22 * l.width) / 210);
      }
      expect(pages.flatMap((l) => l.codes).length).toBe(50);
      expect(pages[1]!.texts.some((t) => t.text.endsWith(`· 2/${pages.length}`))).toBe(true);
    }
  });
});
