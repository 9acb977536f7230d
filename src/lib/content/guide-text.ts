/**
 * A guide's lists (what to bring, steps, common problems) in the wanted language: `en.md` lists are
 * matched to `vi.md`'s by position, and each item missing in English falls back to Vietnamese,
 * marked. And when a guide is due for re-checking: a year after the day it was last checked.
 */
import type { Lang } from '../../i18n/index.ts';
import type { GuideEntry, Text } from './entries.ts';

/** A step as a page or a sheet shows it. */
export interface StepText {
  text: Text;
  image?: { src: string; alt: Text };
}

/** The English item at `i` when there is one, else the Vietnamese one marked `vi`. */
const pick = (vi: string, en: string | undefined, lang: Lang): Text =>
  lang === 'en' && en ? { text: en, lang: 'en' } : { text: vi, lang: 'vi' };

/** What to bring, in the wanted language. */
export const guideBring = (entry: GuideEntry, lang: Lang): Text[] => entry.data.bring.map((b, i) => pick(b, entry.en?.bring[i], lang));

/** The numbered steps, in the wanted language, with their screenshots' descriptions. */
export function guideSteps(entry: GuideEntry, lang: Lang): StepText[] {
  return entry.data.steps.map((step, i) => {
    const en = entry.en?.steps[i];
    const text = pick(step.text, en?.text, lang);
    return step.image ? { text, image: { src: step.image.src, alt: pick(step.image.alt, en?.alt, lang) } } : { text };
  });
}

/** Common problems and their fixes, in the wanted language. */
export function guideProblems(entry: GuideEntry, lang: Lang): { problem: Text; fix: Text }[] {
  return entry.data.problems.map((p, i) => {
    const en = entry.en?.problems[i];
    return { problem: pick(p.problem, en?.problem, lang), fix: pick(p.fix, en?.fix, lang) };
  });
}

/** Today's date in Vietnam (UTC+7) as `YYYY-MM-DD`: a guide goes stale at midnight in Hà Nội, not in London. */
export const vietnamDay = (now: Date): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** The day a guide checked on `checked` (`YYYY-MM-DD`) needs checking again: one year later. */
export const recheckDay = (checked: string): string => `${Number(checked.slice(0, 4)) + 1}${checked.slice(4)}`;

/** Whether a guide last checked on `checked` needs re-checking on `now` (a year or more ago). */
export const isStale = (checked: string, now: Date): boolean => vietnamDay(now) >= recheckDay(checked);
