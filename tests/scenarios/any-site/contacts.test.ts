/**
 * People's numbers on every test site, checked against the consent recorded in its content: a
 * team's own number always, a member's or seller's only with consent for that medium (web, or
 * print on posters), and a number without it nowhere in the built site.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import type { TeamEntry } from '../../../src/lib/content/entries.ts';
import type { Person } from '../../../src/lib/content/schema.ts';
import { publishedPhone, teamContacts } from '../../../src/lib/people/consent.ts';
import { formatDomestic, telHref, zaloHref } from '../../../src/lib/people/phone.ts';
import { captures, textOf } from '../../support/html.ts';
import { built, SITE_NAMES, type BuiltSite } from '../../support/sites.ts';

/** Every way a number may be written: `0912 345 678`, `0912345678`, `+84912345678`, `84912345678`. */
const spellings = (e164: string): string[] => [formatDomestic(e164), `0${e164.slice(2)}`, `+${e164}`, e164];

/** Everyone with a number of their own: team members, product sellers and homestay hosts. */
function people(s: BuiltSite): Pick<Person, 'name' | 'phone' | 'consent'>[] {
  return s.entries.flatMap((e) =>
    e.kind === 'team'
      ? e.data.members
      : e.kind === 'product' && e.data.seller
        ? [e.data.seller]
        : e.kind === 'homestay'
          ? [e.data.host]
          : [],
  );
}
const teamsOf = (s: BuiltSite): TeamEntry[] => s.entries.filter((e): e is TeamEntry => e.kind === 'team');
/** Physical vCard lines → logical lines (RFC 2425 unfolding). */
const unfold = (vcf: string): string => vcf.replace(/\r\n /g, '');
/** The contact block of an entry page (a body may link numbers of its own). */
const contactOf = (html: string): string => /<(section|div) class="contact"[\s\S]*?<\/\1>/.exec(html)?.[0] ?? '';

describe.each(SITE_NAMES)('numbers on the %s site', (name) => {
  const s = built(name);
  const hidden = people(s).filter((p) => p.phone && !publishedPhone(p, 'web'));

  it('links on each team page the team number and the numbers consented for the web, in order, in +84 form', () => {
    for (const team of teamsOf(s)) {
      const contacts = teamContacts(team.data, 'web');
      for (const lang of LANGS) {
        const html = contactOf(s.read(s.entryPath(team, lang)));
        expect(captures(html, /href="(tel:[^"]+)"/g), team.slug).toEqual(contacts.map((c) => telHref(c.phone)));
        const zalo = contacts.filter((c) => c.zalo).map((c) => zaloHref(c.phone));
        expect(captures(html, /href="(https:\/\/zalo\.me\/[^"]+)"/g), team.slug).toEqual(zalo);
        // Members without a published number are still listed, by name and role.
        for (const m of team.data.members) expect(textOf(html), `${team.slug} ${m.name}`).toContain(m.name);
      }
    }
  });

  it('offers each team’s vCard with the team and the members consented for the web only', () => {
    for (const team of teamsOf(s)) {
      const vcf = unfold(s.read(`vcard/${team.slug}.vcf`));
      const contacts = teamContacts(team.data, 'web');
      expect(vcf.match(/BEGIN:VCARD/g), team.slug).toHaveLength(1 + contacts.filter((c) => c.role !== 'team').length);
      expect(captures(vcf, /^TEL;[^:]*:(.+)$/gm), team.slug).toEqual(contacts.map((c) => `+${c.phone}`));
      for (const m of team.data.members.filter((x) => !publishedPhone(x, 'web'))) expect(vcf, m.name).not.toContain(m.name);
      expect(vcf).toContain(`URL:${new URL(s.entryPath(team, 'vi'), s.site.baseUrl).href}`);
      expect(s.read(s.entryPath(team, 'vi'))).toContain(`href="${s.base}vcard/${team.slug}.vcf"`);
    }
  });

  it('shows a product seller’s number only with consent for the web', () => {
    for (const e of s.entries) {
      if (e.kind !== 'product' || !e.data.seller?.phone) continue;
      const shown = publishedPhone(e.data.seller, 'web');
      for (const lang of LANGS) {
        const tels = captures(contactOf(s.read(s.entryPath(e, lang))), /href="(tel:[^"]+)"/g);
        expect(tels, e.slug).toEqual(shown ? [telHref(shown)] : []);
      }
    }
  });

  it('shows a homestay host’s number, and its Zalo link, only with consent for the web', (ctx) => {
    const stays = s.entries.filter((e) => e.kind === 'homestay');
    if (!stays.length) return ctx.skip('this site has no homestays');
    for (const e of stays) {
      const shown = publishedPhone(e.data.host, 'web');
      for (const lang of LANGS) {
        const html = contactOf(s.read(s.entryPath(e, lang)));
        expect(captures(html, /href="(tel:[^"]+)"/g), e.slug).toEqual(shown ? [telHref(shown)] : []);
        expect(html.includes(e.data.host.name), e.slug).toBe(true);
      }
    }
  });

  it('keeps every number without consent out of every page, vCard, JSON-LD, sitemap and manifest', (ctx) => {
    if (!hidden.length) return ctx.skip('no member or seller of this site has a number without consent');
    const files = readdirSync(s.dir, { recursive: true })
      .map(String)
      .filter((f) => /\.(html|vcf|json|xml|txt)$/.test(f) && !f.startsWith('pagefind'));
    for (const file of files) {
      const text = readFileSync(join(s.dir, file), 'utf8');
      for (const p of hidden) for (const spelt of spellings(p.phone!)) expect(text.includes(spelt), `${file}: ${spelt}`).toBe(false);
    }
  });

  it('prints on each team poster the team number and only the numbers consented for print', (ctx) => {
    const teams = teamsOf(s);
    if (!teams.length) return ctx.skip('this site has no team');
    for (const team of teams) {
      // Lines may wrap on the poster: compare with runs of white space made one space.
      const pdf = join(s.dir, `posters/team-${team.slug}.pdf`);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      expect(text).toContain(team.data.title.normalize('NFC'));
      if (team.data.phone) expect(text).toContain(formatDomestic(team.data.phone));
      for (const m of team.data.members.filter((x) => x.phone)) {
        expect(text.includes(formatDomestic(m.phone!)), `${team.slug} ${m.name}`).toBe(publishedPhone(m, 'print') !== null);
      }
    }
  });
});

describe('the test sites', () => {
  it('hold numbers each rule must keep back: without consent, withdrawn, web only', () => {
    const all = SITE_NAMES.flatMap((n) => people(built(n))).filter((p) => p.phone);
    expect(all.some((p) => !p.consent)).toBe(true);
    expect(all.some((p) => p.consent?.withdrawn)).toBe(true);
    expect(all.some((p) => publishedPhone(p, 'web') && !publishedPhone(p, 'print'))).toBe(true);
  });
});
