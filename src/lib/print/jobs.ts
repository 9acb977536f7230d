/**
 * Every print file of the site as a job: what it says (plain data, no functions), its settings,
 * and the files it becomes. A job is the unit of caching and of work across cores: its key is a
 * hash of the job and of the renderer, so an unchanged plaque is never drawn twice.
 */
import { areaName, areasWith } from '../content/areas.ts';
import type { Entry, GuideEntry, TeamEntry } from '../content/entries.ts';
import type { Site } from '../content/site-schema.ts';
import { areaBatchPath, PLAQUE_DIR, plaqueData, plaqueEntries } from './catalogue.ts';
import type { PlaqueData, PlaqueSettings } from './plaque.ts';
import type { TeamPosterData } from './team-poster.ts';
import type { TrailStop } from './trail-poster.ts';
import { POSTER_DIR, teamPosterData, teamPosterName, trailPosterName, trailStops } from './poster-data.ts';
import type { Ecc } from './qr.ts';
import { guideSheetData, SHEET_DIR, type GuideSheetData } from './guide-sheet-data.ts';

/** The files a job can produce: print masters (pdf, svg), a picture to share (png), the print page's preview. */
export type PrintFileType = 'svg' | 'pdf' | 'png' | 'preview';

/** What each kind of job lays out. */
export type PrintWork =
  | { type: 'plaque'; plaque: PlaqueData; settings: PlaqueSettings }
  | { type: 'batch'; plaques: PlaqueData[]; settings: PlaqueSettings }
  | { type: 'stickers'; plaques: PlaqueData[]; ecc: Ecc }
  | { type: 'team'; poster: TeamPosterData; paper: 'A4' | 'A3'; ecc: Ecc }
  | { type: 'trail'; heading: string; sub: string; stops: TrailStop[]; paper: 'A4' | 'A3'; ecc: Ecc }
  | { type: 'guide'; sheet: GuideSheetData; ecc: Ecc };

/** One job: its folder and base name under the site, its PDF title, the files wanted, and the work. */
export type PrintJob = PrintWork & { dir: string; name: string; title: string; files: PrintFileType[] };

/** File name of a print file: `dt01.pdf`, or `dt01.preview.png` for the print page's preview. */
export const printFileName = (base: string, type: PrintFileType): string =>
  type === 'preview' ? `${base}.preview.png` : `${base}.${type}`;

const TRAIL_HEADING = 'Con đường di sản · Heritage trail';

/** Every print job of a site: plaques, area batches, the sticker sheet, team and heritage-trail posters, guide sheets. */
export const printJobs = (site: Site, entries: Entry[]): PrintJob[] => [
  ...plaqueJobs(site, entries),
  ...posterJobs(site, entries),
  ...guideJobs(site, entries),
];

/** A sheet per guide (A4 PDF to print, PNG to send), named by the guide's code. */
const guideJobs = (site: Site, entries: Entry[]): PrintJob[] =>
  entries
    .filter((e): e is GuideEntry => e.kind === 'guide')
    .map((g) => {
      const sheet = guideSheetData(site, g, entries);
      const ecc = site.plaque.errorCorrection;
      return { dir: SHEET_DIR, name: g.data.code, title: sheet.title, files: ['pdf', 'png'], type: 'guide', sheet, ecc };
    });

/** A plaque per relic and product, a batch PDF per area, and the sticker sheet. */
function plaqueJobs(site: Site, entries: Entry[]): PrintJob[] {
  const { poster: _paper, ...settings } = site.plaque;
  const plaques = plaqueEntries(entries);
  const data = (e: Entry): PlaqueData => plaqueData(site, e);
  // No separate preview: the print page shows the 22 KB PNG, which keeps a 2,000-entry site
  // under 20,000 files (Cloudflare Pages' limit) without dropping a promised URL.
  const files: PrintFileType[] = ['svg', 'pdf', 'png'];
  return [
    ...plaques.map((e): PrintJob => ({
      dir: PLAQUE_DIR,
      name: e.data.code,
      title: data(e).title.vi,
      files,
      type: 'plaque',
      plaque: data(e),
      settings,
    })),
    ...areasWith(site, plaques).map((a): PrintJob => {
      const batch = plaques.filter((e) => e.data.area === a.id).map(data);
      const name = areaBatchPath(a.id).slice(PLAQUE_DIR.length, -'.pdf'.length);
      return { dir: PLAQUE_DIR, name, title: areaName(site, a.id, 'vi'), files: ['pdf'], type: 'batch', plaques: batch, settings };
    }),
    {
      dir: PLAQUE_DIR,
      name: 'stickers',
      title: `${site.name.vi} — tem QR`,
      files: ['pdf'],
      type: 'stickers',
      plaques: plaques.map(data),
      ecc: settings.errorCorrection,
    },
  ];
}

/** A contact poster per team and a heritage-trail poster per area with relics. */
function posterJobs(site: Site, entries: Entry[]): PrintJob[] {
  const { poster: paper, errorCorrection: ecc } = site.plaque;
  const files: PrintFileType[] = ['pdf', 'svg', 'preview'];
  const teams = entries.filter((e): e is TeamEntry => e.kind === 'team');
  return [
    ...teams.map((team): PrintJob => {
      const poster = teamPosterData(site, team);
      return { dir: POSTER_DIR, name: teamPosterName(team.slug), title: team.data.title, files, type: 'team', poster, paper, ecc };
    }),
    ...areasWith(
      site,
      entries.filter((e) => e.kind === 'relic'),
    ).map((a): PrintJob => {
      const sub = areaName(site, a.id, 'vi');
      const stops = trailStops(site, entries, a.id);
      const title = `${TRAIL_HEADING} — ${sub}`;
      return { dir: POSTER_DIR, name: trailPosterName(a.id), title, files, type: 'trail', heading: TRAIL_HEADING, sub, stops, paper, ecc };
    }),
  ];
}
