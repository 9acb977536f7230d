/**
 * Personal data (Law 91/2025/QH15): a person's own number is published only with consent that is
 * specific (phone, and separately print), dated, and withdrawable. A team's shared number is an
 * organisation's and is always published.
 */
import type { Person, TeamData } from '../content/schema.ts';

/** Where a number would appear: the website (and vCard), or a printed poster that cannot be recalled. */
export type Medium = 'web' | 'print';

/** One number to show on a team's contact list. */
export interface Contact {
  name: string;
  role: Person['role'] | 'team';
  /** E.164 digits without the plus, e.g. `84912345678`. */
  phone: string;
  zalo: boolean;
}

/** Whether the person's recorded consent covers publishing their number on this medium. */
export function mayPublish(person: Pick<Person, 'consent'>, medium: Medium): boolean {
  const consent = person.consent;
  if (!consent || consent.phone !== true || consent.withdrawn) return false;
  return medium === 'web' || consent.print === true;
}

/** The person's (member's, seller's, host's) E.164 number when they consented to publish it on this medium, else `null`. */
export function publishedPhone(person: Pick<Person, 'phone' | 'consent'>, medium: Medium): string | null {
  return person.phone && mayPublish(person, medium) ? person.phone : null;
}

/** The team's own number first (always published), then members whose number may appear on this medium. */
export function teamContacts(team: TeamData, medium: Medium): Contact[] {
  const own: Contact[] = team.phone ? [{ name: team.title, role: 'team', phone: team.phone, zalo: team.zalo }] : [];
  const members = team.members.flatMap((m): Contact[] => {
    const phone = publishedPhone(m, medium);
    return phone ? [{ name: m.name, role: m.role, phone, zalo: m.zalo }] : [];
  });
  return [...own, ...members];
}
