/**
 * vCard 3.0 files for a team's "save our numbers" button: the team as an organisation, then each
 * member who consented to publish their number on the web. 3.0 is what both iOS and Android
 * contacts import most reliably. Lines end in CRLF and are folded at 75 UTF-8 octets (RFC 2425/2426).
 */
import { useT, type Lang } from '../../i18n/index.ts';
import { field, title, type TeamEntry } from '../content/entries.ts';
import type { Person } from '../content/schema.ts';
import { publishedPhone } from './consent.ts';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, comma, semicolon and line breaks (RFC 2426 §4, RFC 6350 §3.4). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into physical lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Vietnamese name order → vCard N components: family is the first word, given the last, middle between. */
export function nameParts(fullName: string): { family: string; given: string; middle: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { family: '', given: words[0] ?? '', middle: '' };
  return { family: words[0]!, given: words[words.length - 1]!, middle: words.slice(1, -1).join(' ') };
}

/** One vCard record from its content lines (already escaped), folded and CRLF-terminated. */
function record(lines: string[]): string {
  return ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].map((l) => foldLine(l) + CRLF).join('');
}

/** The NOTE of the team record: services, schedule and place in the given language. */
function teamNote(team: TeamEntry, lang: Lang): string {
  const t = useT(lang);
  const services = team.data.services.map((s) => t(`service.${s}`)).join(', ');
  const schedule = field(team, 'schedule', lang)?.text ?? '';
  const place = field(team, 'place', lang)?.text ?? '';
  return `${t('team.services')}: ${services}.\n${t('team.schedule')}: ${schedule}\n${t('team.place')}: ${place}`;
}

/** The team's own record, shown as a company in iOS (X-ABShowAs) and by FN/ORG on Android. */
function teamRecord(team: TeamEntry, name: string, options: { url: string; lang: Lang }): string {
  return record([
    `FN:${escapeText(name)}`,
    'N:;;;;',
    `ORG:${escapeText(name)}`,
    'X-ABShowAs:COMPANY',
    ...(team.data.phone ? [`TEL;TYPE=WORK,VOICE:+${team.data.phone}`] : []),
    `URL:${options.url.replace(/[\r\n]/g, '')}`,
    `NOTE:${escapeText(teamNote(team, options.lang))}`,
  ]);
}

/** A member's record; called only for members whose number may be published on the web. */
function memberRecord(person: Person, phone: string, org: string, lang: Lang): string {
  const { family, given, middle } = nameParts(person.name);
  return record([
    `FN:${escapeText(person.name)}`,
    `N:${escapeText(family)};${escapeText(given)};${escapeText(middle)};;`,
    `ORG:${escapeText(org)}`,
    `TITLE:${escapeText(useT(lang)(`role.${person.role}`))}`,
    `TEL;TYPE=CELL:+${phone}`,
  ]);
}

/** A .vcf file: the team as an organisation, then every member who consented to publish their number. */
export function teamVCard(team: TeamEntry, options: { url: string; lang: Lang }): string {
  const name = title(team, options.lang).text;
  const members = team.data.members.flatMap((m) => {
    const phone = publishedPhone(m, 'web');
    return phone ? [memberRecord(m, phone, name, options.lang)] : [];
  });
  return teamRecord(team, name, options) + members.join('');
}
