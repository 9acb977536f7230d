/**
 * From a guide to what its printed sheet says, in Vietnamese (the language of the table at the
 * cultural house): steps with their screenshots, the number to call, a QR back to the guide page.
 * Only team numbers are printed (an organisation's, always published), never a member's own.
 */
import { useT } from '../../i18n/index.ts';
import type { Entry, GuideEntry } from '../content/entries.ts';
import { field, title } from '../content/entries.ts';
import { guideBring, guideProblems, guideSteps, isStale } from '../content/guide-text.ts';
import { teamsFor } from '../content/related.ts';
import type { Site } from '../content/site-schema.ts';
import { qrUrl, shortUrl } from '../codes/routes.ts';
import { formatDomestic } from '../people/phone.ts';
import type { PrintFileType } from './jobs.ts';
import { readShot } from './output/shots.ts';

/** Guide sheets, relative to the base. */
export const SHEET_DIR = 'sheets/';

/** Path of a guide's sheet file (`sheets/hd01.pdf`), relative to the base: named by its permanent code. */
export const guideSheetFile = (code: string, type: Extract<PrintFileType, 'pdf' | 'png'>): string => `${SHEET_DIR}${code}.${type}`;

/** What a guide sheet says. Screenshots travel as base64 so the job (and its cache key) holds their bytes. */
export interface GuideSheetData {
  title: string;
  summary: string;
  audience: string;
  bringLabel: string;
  bring: string[];
  steps: { text: string; shot?: string }[];
  problemsLabel: string;
  problems: { problem: string; fix: string }[];
  callLabel: string;
  teams: { name: string; phone: string }[];
  scan: string;
  url: string;
  short: string;
  checked: string;
  footer: string;
}

/** `Cài đặt → Mạng di động`: the plaque font has no arrow, and a menu path must not lose its steps in print. */
const arrows = (text: string): string => text.replace(/→/g, '›');

/** What the sheet of one guide says; `read` gives a screenshot's bytes as base64 (null when unreadable). */
export function guideSheetData(site: Site, guide: GuideEntry, entries: Entry[], read = readShot): GuideSheetData {
  const t = useT('vi');
  const day = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(guide.data.checked));
  const stale = isStale(guide.data.checked, new Date());
  return {
    title: title(guide, 'vi').text,
    summary: field(guide, 'summary', 'vi')?.text ?? '',
    audience: `${t('guide.audience')}: ${field(guide, 'audience', 'vi')?.text ?? ''}`,
    bringLabel: t('guide.bring'),
    bring: guideBring(guide, 'vi').map((b) => b.text),
    steps: guideSteps(guide, 'vi').map((s) => {
      const shot = s.image ? read(guide.dir, s.image.src) : null;
      return shot ? { text: arrows(s.text.text), shot } : { text: arrows(s.text.text) };
    }),
    problemsLabel: t('guide.problems'),
    problems: guideProblems(guide, 'vi').map((p) => ({ problem: arrows(p.problem.text), fix: arrows(p.fix.text) })),
    callLabel: t('guide.call'),
    teams: teamsFor(guide, entries).flatMap((team) =>
      team.data.phone ? [{ name: title(team, 'vi').text, phone: formatDomestic(team.data.phone) }] : [],
    ),
    scan: t('guide.sheetScan'),
    url: qrUrl(site.baseUrl, guide.data.code),
    short: shortUrl(site.baseUrl, guide.data.code),
    checked: `${t('guide.checked', { date: day })}${stale ? ` — ${t('guide.staleShort')}` : ''}`,
    footer: site.name.vi,
  };
}
