/**
 * Checks across entries: duplicate slugs and codes, known areas, missing translations. Pure.
 */
import { codesOf, type Entry } from './entries.ts';
import { closest, type Problem } from './problems.ts';
import type { Site } from './schema.ts';

/** Duplicate slugs (two folders that fold to one URL), duplicate codes, unknown areas. */
export function checkEntries(entries: Entry[], site: Site | null): Problem[] {
  const problems: Problem[] = [];
  const slugs = new Map<string, Entry>();
  const codes = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.kind}/${entry.slug}`;
    const other = slugs.get(key);
    if (other)
      problems.push({
        severity: 'error',
        file: `${entry.dir}/vi.md`,
        key: 'duplicateSlug',
        values: { slug: entry.slug, other: `${other.dir}/vi.md` },
      });
    else slugs.set(key, entry);
    for (const code of codesOf(entry)) {
      const holder = codes.get(code);
      if (holder)
        problems.push({
          severity: 'error',
          file: `${entry.dir}/vi.md`,
          field: 'code',
          key: 'duplicateCode',
          values: { code, other: `${holder.dir}/vi.md` },
        });
      else codes.set(code, entry);
    }
    if (site && !site.areas.some((a) => a.id === entry.data.area)) {
      const suggestion =
        closest(
          entry.data.area,
          site.areas.map((a) => a.id),
        ) ?? '';
      problems.push({
        severity: 'error',
        file: `${entry.dir}/vi.md`,
        field: 'area',
        key: 'unknownArea',
        values: { area: entry.data.area, known: site.areas.map((a) => a.id).join(', '), suggestion },
      });
    }
    if (!entry.en) problems.push({ severity: 'warning', file: `${entry.dir}/en.md`, key: 'missingEn' });
  }
  return problems;
}
