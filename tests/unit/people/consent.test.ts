import { describe, expect, it } from 'vitest';
import { publishedPhone, teamContacts } from '../../../src/lib/people/consent.ts';
import type { Consent, Person, TeamData } from '../../../src/lib/content/schema.ts';

const consent = (over: Partial<Consent> = {}): Consent => ({
  phone: true,
  print: false,
  date: '2026-03-26',
  how: 'ký giấy đồng ý',
  ...over,
});
const person = (over: Partial<Person> = {}): Person => ({
  name: 'Nguyễn Văn An',
  role: 'member',
  phone: '84912345678',
  zalo: false,
  ...over,
});

const team: TeamData = {
  code: 'cn01',
  title: 'Tổ công nghệ số thôn Đông',
  summary: 'Giúp bà con dùng điện thoại.',
  area: 'dong',
  images: [],
  phone: '842203882123',
  zalo: true,
  schedule: 'Tối thứ Bảy',
  place: 'Nhà văn hoá thôn',
  services: ['vneid'],
  aliases: [],
  members: [
    person({ name: 'Lê Thị Hoa', role: 'secretary', phone: '84900000001' }),
    person({ name: 'Trần Văn Bình', role: 'leader', phone: '84900000002', zalo: true, consent: consent({ print: true }) }),
    person({ name: 'Phạm Thu', role: 'deputy', phone: '84900000003', consent: consent() }),
    person({ name: 'Đỗ Minh', phone: '84900000004', consent: consent({ print: true, withdrawn: '2026-04-01' }) }),
  ],
};

describe('publishedPhone', () => {
  it('hides a number without consent', () => {
    expect(publishedPhone(person(), 'web')).toBeNull();
    expect(publishedPhone(person(), 'print')).toBeNull();
  });
  it('publishes on the web but not in print when only phone consent is given', () => {
    const p = person({ consent: consent({ print: false }) });
    expect(publishedPhone(p, 'web')).toBe('84912345678');
    expect(publishedPhone(p, 'print')).toBeNull();
  });
  it('publishes in print only with print consent', () => {
    expect(publishedPhone(person({ consent: consent({ print: true }) }), 'print')).toBe('84912345678');
  });
  it('hides a withdrawn consent everywhere', () => {
    const p = person({ consent: consent({ print: true, withdrawn: '2026-04-01' }) });
    expect(publishedPhone(p, 'web')).toBeNull();
    expect(publishedPhone(p, 'print')).toBeNull();
  });
  it('hides when consent says phone: false, or there is no number', () => {
    expect(publishedPhone(person({ consent: consent({ phone: false, print: true }) }), 'web')).toBeNull();
    const { phone: _phone, ...noPhone } = person({ consent: consent() });
    expect(publishedPhone(noPhone, 'web')).toBeNull();
  });
});

describe('teamContacts', () => {
  it('puts the team number first, then consenting members for the web', () => {
    const contacts = teamContacts(team, 'web');
    expect(contacts[0]).toEqual({ name: team.title, role: 'team', phone: '842203882123', zalo: true });
    expect(contacts.map((c) => c.name)).toEqual([team.title, 'Trần Văn Bình', 'Phạm Thu']);
    expect(contacts[1]).toEqual({ name: 'Trần Văn Bình', role: 'leader', phone: '84900000002', zalo: true });
  });
  it('keeps only print-consenting members on posters', () => {
    expect(teamContacts(team, 'print').map((c) => c.phone)).toEqual(['842203882123', '84900000002']);
  });
  it('lists no team entry when the team has no shared number', () => {
    const { phone: _phone, ...noPhone } = team;
    expect(teamContacts(noPhone, 'web').map((c) => c.role)).toEqual(['leader', 'deputy']);
  });
});
