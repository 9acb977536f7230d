import { describe, expect, it } from 'vitest';
import type { TeamEntry } from '../../../src/lib/content/entries.ts';
import { check, copySite, edit, say, withKey } from './helpers.ts';

const TEAM = 'teams/to-mau/vi.md';

/** The team's members' numbers after a member's `phone:` line is written as `line`. */
function memberPhone(line: string): { phone: string | undefined; root: string } {
  const root = copySite();
  edit(root, TEAM, 'phone: "0912 345 678"', line);
  const team = check(root).entries.find((e): e is TeamEntry => e.kind === 'team');
  return { phone: team?.data.members[0]?.phone, root };
}

describe('phone numbers as volunteers type them', () => {
  it.each([
    ['phone: 0912345678', '84912345678'], // YAML reads a number: the leading 0 is lost, and recovered
    ['phone: 0843123456', '84843123456'], // lost 0 and a number starting 84 (Vinaphone), not +84
    ['phone: 02203882123', '842203882123'], // landline
    ['phone: +84912345678', '84912345678'],
    ['phone: 0912 345 678', '84912345678'],
    ['phone: 0912.345.678', '84912345678'],
    ['phone: "+84 912 345 678"', '84912345678'],
  ])('%s → %s', (line, e164) => {
    expect(memberPhone(line).phone).toBe(e164);
  });

  it('names the field, line and quoted example for a number that is not Vietnamese', () => {
    const { root } = memberPhone('phone: 091234');
    const [problem] = withKey(check(root), 'phone');
    expect(problem).toMatchObject({ severity: 'error', file: `content/${TEAM}`, field: 'members.0.phone', line: 13 });
    expect(say(problem!)).toContain('“091234”');
    expect(say(problem!)).toContain('phone: "0912 345 678"');
  });
});
