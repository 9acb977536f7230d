/**
 * Posters: a team's contact poster (who to call for VNeID, online services, payments…) and a
 * commune's heritage trail (its relics, each with a small code and a line).
 */
import { qrMatrix, QUIET_ZONE, type Ecc } from '../qr.ts';
import { clip, fitSize, type Layout, type TextItem } from './layout.ts';
import { PAPER } from './plaque.ts';

/** What a team poster says; phones are already filtered to print consent and formatted. */
export interface TeamPosterData {
  heading: string;
  title: string;
  servicesLabel: string;
  services: string[];
  when: string;
  where: string;
  contacts: { name: string; phone: string }[];
  url: string;
  short: string;
  footer: string;
}

/** One stop on a heritage trail. */
export interface TrailStop {
  title: string;
  line: string;
  url: string;
  short: string;
}

type Size = 'A4' | 'A3';
const M = 14;

/** A team's contact poster (A4, or A3 scaled up). */
export function teamPoster(d: TeamPosterData, size: Size, ecc: Ecc): Layout {
  const [width, height] = PAPER[size];
  const u = width / 210;
  const inner = width - 2 * M * u;
  const texts: TextItem[] = [];
  const left = (text: string, y: number, s: number, weight: TextItem['weight'] = 'regular'): void => {
    texts.push({ text: clip(text, weight, inner, s), x: M * u, y, size: s, weight, anchor: 'start' });
  };
  let y = M * u + 8 * u;
  left(d.heading, y, fitSize(d.heading, 'bold', inner, 9 * u, 5 * u), 'bold');
  y += 9 * u;
  left(d.title, y, 6 * u);
  y += 13 * u;
  left(d.servicesLabel, y, 5.5 * u, 'bold');
  for (const s of d.services) left(`•  ${s}`, (y += 7 * u), 5 * u);
  y += 11 * u;
  left(d.when, y, 5 * u);
  left(d.where, (y += 7 * u), 5 * u);
  y += 6 * u;
  for (const c of d.contacts) {
    left(c.phone, (y += 13 * u), 11 * u, 'bold');
    left(c.name, (y += 6.5 * u), 4.5 * u);
  }
  const matrix = qrMatrix(d.url, ecc);
  const module = Math.floor((50 * u) / (matrix.size + 2 * QUIET_ZONE) / 0.05) * 0.05;
  const w = module * (matrix.size + 2 * QUIET_ZONE);
  const qy = height - M * u - 12 * u - w;
  texts.push({ text: d.short, x: width - M * u - w / 2, y: qy + w + 4 * u, size: 4 * u, weight: 'bold', anchor: 'middle' });
  texts.push({
    text: clip(d.footer, 'regular', inner - w, 4 * u),
    x: M * u,
    y: height - M * u,
    size: 4 * u,
    weight: 'regular',
    anchor: 'start',
  });
  return { width, height, bleed: 0, texts, codes: [{ matrix, x: width - M * u - w, y: qy, module }], lines: [] };
}

/** A commune's heritage-trail poster: a heading, then one row per relic with its small code. */
export function trailPoster(heading: string, sub: string, stops: TrailStop[], size: Size, ecc: Ecc): Layout {
  const [width, height] = PAPER[size];
  const u = width / 210;
  const inner = width - 2 * M * u;
  const texts: TextItem[] = [
    { text: heading, x: M * u, y: M * u + 8 * u, size: fitSize(heading, 'bold', inner, 9 * u, 5 * u), weight: 'bold', anchor: 'start' },
    { text: sub, x: M * u, y: M * u + 16 * u, size: 5 * u, weight: 'regular', anchor: 'start' },
  ];
  const top = M * u + 24 * u;
  const row = Math.min(42 * u, (height - top - M * u) / Math.max(1, stops.length));
  const codes: Layout['codes'] = [];
  stops.forEach((s, i) => {
    const y = top + i * row;
    const matrix = qrMatrix(s.url, ecc);
    const module = Math.floor((row - 4 * u) / (matrix.size + 2 * QUIET_ZONE) / 0.05) * 0.05;
    const w = module * (matrix.size + 2 * QUIET_ZONE);
    codes.push({ matrix, x: M * u, y, module });
    const tx = M * u + w + 4 * u;
    const room = width - M * u - tx;
    texts.push({
      text: clip(`${i + 1}. ${s.title}`, 'bold', room, 6 * u),
      x: tx,
      y: y + w * 0.35,
      size: 6 * u,
      weight: 'bold',
      anchor: 'start',
    });
    texts.push({
      text: clip(s.line, 'regular', room, 4.2 * u),
      x: tx,
      y: y + w * 0.35 + 7 * u,
      size: 4.2 * u,
      weight: 'regular',
      anchor: 'start',
    });
    texts.push({ text: s.short, x: tx, y: y + w * 0.35 + 13 * u, size: 3.8 * u, weight: 'bold', anchor: 'start' });
  });
  return { width, height, bleed: 0, texts, codes, lines: [] };
}
