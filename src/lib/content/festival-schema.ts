/**
 * Festivals as volunteers say them: a name and a lunar day and month (`lunar: 20/8`, a leap month
 * `15/4n`, several days `10-20/8`) or a solar one (`solar: 20/11`). The Vietnamese name lives in
 * `vi.md`, the English one in `en.md`, matched by the date as photos are matched by `src`.
 */
import { z } from 'zod';
import { parseFestivalDate, type FestivalDate } from '../calendar/festivals.ts';
import type { LineOf } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A festival date as written, read for one calendar; a bad date is a named problem quoting it. */
const dateOf = (calendar: 'lunar' | 'solar') =>
  z.union([z.string(), z.number()], { error: 'festivalDate' }).transform((value, ctx): FestivalDate => {
    const read = parseFestivalDate(String(value), calendar);
    if (typeof read === 'object') return read;
    ctx.addIssue({ code: 'custom', message: read, input: String(value) });
    return z.NEVER;
  });

/** A date field of either calendar: `lunar` or `solar`, exactly one of them. */
const when = {
  /** Lunar day/month (âm lịch); `n` after the month for a leap month; `10-20/8` for several days. @example 20/8 */
  lunar: dateOf('lunar').optional(),
  /** Solar day/month (dương lịch), when the festival keeps a solar date. @example 20/11 */
  solar: dateOf('solar').optional(),
};

/** Exactly one of `lunar` and `solar`. */
const oneDate = (f: { lunar?: unknown; solar?: unknown }, ctx: z.RefinementCtx): void => {
  if ((f.lunar === undefined) === (f.solar === undefined)) ctx.addIssue({ code: 'custom', message: 'festivalWhen', input: '' });
};

/**
 * One yearly festival in `vi.md`.
 * @example { name: "Hội thu Côn Sơn – Kiếp Bạc", lunar: 10-20/8 }
 */
export const festivalSchema = z
  .strictObject({
    /** The festival's name in Vietnamese. @example "Giỗ Đức Thánh Trần" */
    name: z.string().trim().min(1),
    ...when,
  })
  .superRefine(oneDate);

/** The English name of a festival of `vi.md`, found by the same date. @example { name: "Saint Tran's memorial day", lunar: 20/8 } */
export const festivalTranslationSchema = z
  .strictObject({
    /** The festival's name in English. */
    name: z.string().trim().min(1),
    ...when,
  })
  .superRefine(oneDate);

export type Festival = z.infer<typeof festivalSchema>;

/** The date of a festival, whichever calendar it is written in. */
export const dateOfFestival = (f: Pick<Festival, 'lunar' | 'solar'>): FestivalDate => (f.lunar ?? f.solar)!;

/** A key that is the same for a festival in `vi.md` and its English name in `en.md`. */
export const festivalKey = (f: Pick<Festival, 'lunar' | 'solar'>): string => JSON.stringify(dateOfFestival(f));

/** English festivals whose date matches no festival of `vi.md`: a warning each, at its line. */
export function checkFestivalNames(
  dir: string,
  vi: readonly Festival[],
  en: readonly Festival[] | undefined,
  lineOfEn?: LineOf,
): Problem[] {
  const keys = new Set(vi.map(festivalKey));
  return (en ?? []).flatMap((f, i): Problem[] => {
    if (keys.has(festivalKey(f))) return [];
    const line = lineOfEn?.(['festivals', i]);
    const at = { file: `${dir}/en.md`, field: `festivals.${i}`, ...(line ? { line } : {}) };
    return [{ severity: 'warning', ...at, key: 'enFestivalUnknown', values: { name: f.name } }];
  });
}
