/**
 * Checks across entries: duplicate slugs and codes, known areas, missing translations. Pure.
 */
import { codesOf, type Entry } from './entries.ts';
import { entryFile } from './layout.ts';
import { checkKinds } from './kind-checks.ts';
import { closest, type Problem } from './problems.ts';
import type { Site } from './site-schema.ts';

/** Duplicate slugs (two folders that fold to one URL), duplicate codes, unknown areas, missing English; guides' teams and age on `now`. */
export function checkEntries(entries: Entry[], site: Site | null, now = new Date()): Problem[] {
  return [
    ...duplicates(
      entries,
      (e) => [`${e.kind}/${e.slug}`],
      (entry, other, key) => ({
        severity: 'error',
        file: entryFile(entry, 'vi'),
        key: 'duplicateSlug',
        values: { slug: key.split('/')[1]!, other: entryFile(other, 'vi') },
      }),
    ),
    ...duplicates(entries, codesOf, (entry, holder, code) => ({
      severity: 'error',
      file: entryFile(entry, 'vi'),
      field: 'code',
      key: 'duplicateCode',
      values: { code, other: entryFile(holder, 'vi') },
    })),
    ...(site ? entries.flatMap((e) => unknownArea(e, site)) : []),
    ...entries.filter((e) => !e.en).map((e): Problem => ({ severity: 'warning', file: entryFile(e, 'en'), key: 'missingEn' })),
    ...checkKinds(entries, now),
  ];
}

/** A problem for each entry that claims a key (slug, code) an earlier entry already holds. */
function duplicates(
  entries: Entry[],
  keys: (e: Entry) => string[],
  problem: (entry: Entry, holder: Entry, key: string) => Problem,
): Problem[] {
  const holders = new Map<string, Entry>();
  const problems: Problem[] = [];
  for (const entry of entries)
    for (const key of keys(entry)) {
      const holder = holders.get(key);
      if (holder) problems.push(problem(entry, holder, key));
      else holders.set(key, entry);
    }
  return problems;
}

/** An entry whose `area` is not one of site.yaml's, with the closest id as a suggestion. */
function unknownArea(entry: Entry, site: Site): Problem[] {
  const ids = site.areas.map((a) => a.id);
  if (ids.includes(entry.data.area)) return [];
  const values = { area: entry.data.area, known: ids.join(', '), suggestion: closest(entry.data.area, ids) ?? '' };
  return [{ severity: 'error', file: entryFile(entry, 'vi'), field: 'area', key: 'unknownArea', values }];
}
