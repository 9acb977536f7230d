import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, nameParts, teamVCard } from '../../../src/lib/people/vcard.ts';
import type { TeamEntry } from '../../../src/lib/content/entries.ts';
import type { Person } from '../../../src/lib/content/schema.ts';

const consent = { phone: true, print: false, date: '2026-03-26', how: 'ký giấy' };
const member = (over: Partial<Person>): Person => ({ name: 'X', role: 'member', zalo: false, ...over });

const longSchedule =
  'Tối thứ Bảy hằng tuần từ 19 giờ đến 21 giờ; riêng mùa gặt, tổ trực vào sáng Chủ nhật tại sân nhà văn hoá, mang theo máy tính bảng và bộ phát wifi';

const team: TeamEntry = {
  kind: 'team',
  slug: 'to-cong-nghe-thon-dong',
  dir: 'content/teams/to-cong-nghe-thon-dong',
  body: { vi: '', en: null },
  en: null,
  data: {
    code: 'cn01',
    title: 'Tổ công nghệ số thôn Đông, xã Hải',
    summary: 'Giúp bà con.',
    area: 'dong',
    images: [],
    phone: '842203882123',
    zalo: true,
    schedule: longSchedule,
    place: 'Nhà văn hoá thôn Đông',
    services: ['vneid', 'cashless', 'online-safety'],
    aliases: [],
    members: [
      member({ name: 'Nguyễn Thị Minh Khai', role: 'leader', phone: '84912345678', consent }),
      member({ name: 'Lê Văn Giấu', role: 'member', phone: '84987654321' }),
      member({ name: 'Trần Rút', role: 'deputy', phone: '84911111111', consent: { ...consent, withdrawn: '2026-04-01' } }),
    ],
  },
};

/** Physical lines → logical lines (RFC 2425 unfolding). */
const unfold = (vcf: string): string[] => vcf.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
/** Logical lines → records, each a list of [name-with-params, value]. */
function records(vcf: string): Array<Array<[string, string]>> {
  const out: Array<Array<[string, string]>> = [];
  for (const line of unfold(vcf)) {
    if (line === 'BEGIN:VCARD') out.push([]);
    const i = line.indexOf(':');
    out[out.length - 1]!.push([line.slice(0, i), line.slice(i + 1)]);
  }
  return out;
}
const get = (rec: Array<[string, string]>, name: string) => rec.find(([n]) => n === name)?.[1];
const unescape = (v: string) => v.replace(/\\(n|N|\\|,|;)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('teamVCard', () => {
  const vcf = teamVCard(team, { url: 'https://example.org/to-cong-nghe/to-cong-nghe-thon-dong/', lang: 'vi' });

  it('uses CRLF everywhere and ends with one', () => {
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('starts with the team as an organisation, then consenting members only', () => {
    const recs = records(vcf);
    expect(recs).toHaveLength(2);
    const [org, lead] = recs as [Array<[string, string]>, Array<[string, string]>];
    expect(get(org, 'VERSION')).toBe('3.0');
    expect(get(org, 'FN')).toBe('Tổ công nghệ số thôn Đông\\, xã Hải');
    expect(get(org, 'ORG')).toBe('Tổ công nghệ số thôn Đông\\, xã Hải');
    expect(get(org, 'X-ABShowAs')).toBe('COMPANY');
    expect(get(org, 'TEL;TYPE=WORK,VOICE')).toBe('+842203882123');
    expect(get(org, 'URL')).toBe('https://example.org/to-cong-nghe/to-cong-nghe-thon-dong/');
    expect(get(lead, 'FN')).toBe('Nguyễn Thị Minh Khai');
    expect(get(lead, 'N')).toBe('Nguyễn;Khai;Thị Minh;;');
    expect(get(lead, 'TITLE')).toBe('Tổ trưởng');
    expect(get(lead, 'TEL;TYPE=CELL')).toBe('+84912345678');
  });

  it('lists services, schedule and place in the NOTE, escaped and folded', () => {
    const note = get(records(vcf)[0]!, 'NOTE')!;
    const text = unescape(note);
    expect(text).toContain('Cài đặt và kích hoạt VNeID, Thanh toán không dùng tiền mặt, Phòng tránh lừa đảo trên mạng');
    expect(text).toContain(`Lịch trực: ${longSchedule}`);
    expect(text).toContain('Địa điểm: Nhà văn hoá thôn Đông');
    expect(note).toContain('19 giờ đến 21 giờ\\; riêng mùa gặt\\, tổ');
    expect(note).toContain('\\nĐịa điểm');
  });

  it('folds every physical line to at most 75 octets without breaking characters', () => {
    const physical = vcf.split('\r\n');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of physical) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('never shows a member without (or with withdrawn) consent, not even by name', () => {
    const flat = unfold(vcf).join('\n');
    for (const hidden of ['84987654321', '0987654321', 'Lê Văn Giấu', '84911111111', 'Trần Rút']) {
      expect(flat).not.toContain(hidden);
    }
  });

  it('writes English labels when asked', () => {
    const en = unescape(unfold(teamVCard(team, { url: 'https://x.org/', lang: 'en' })).join('\n'));
    expect(en).toContain('Setting up and activating VNeID');
    expect(en).toContain('TITLE:Team leader');
  });
});

describe('vCard helpers', () => {
  it('escapes backslash, comma, semicolon and newlines', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });
  it('folds multi-byte text losslessly', () => {
    const line = `NOTE:${'Đường làng quê hương '.repeat(12)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n').length).toBeGreaterThan(3);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
  it('leaves a short line alone', () => {
    expect(foldLine('FN:An')).toBe('FN:An');
  });
  it('splits Vietnamese names family-first', () => {
    expect(nameParts('Nguyễn Văn An')).toEqual({ family: 'Nguyễn', given: 'An', middle: 'Văn' });
    expect(nameParts('  Hoa ')).toEqual({ family: '', given: 'Hoa', middle: '' });
  });
});
