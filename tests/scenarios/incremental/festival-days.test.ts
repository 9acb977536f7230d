/**
 * Pages that list coming festivals are keyed by the build day: built again the next day, with
 * nothing else changed, the entry pages with festivals and the home page are rendered again (a
 * date may have passed), while every other page is copied from the last build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { relPath } from '../../../src/lib/codes/routes.ts';
import { festivalsOf } from '../../../src/lib/web/festivals.ts';
import { ROOT, runBuild } from '../../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'langso-festival-days-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync(join(ROOT, 'tests/scenarios/basic/fixture'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build on a given day (`LANGSO_TODAY`), before the festival of 10/1 in 2027 (6 Feb 2027 is Tết). */
const buildOn = (day: string) => runBuild(content, out, { LANGSO_LOG: 'debug', LANGSO_LANG: 'en', LANGSO_TODAY: day });

describe('the next day’s build', { timeout: 240_000 }, () => {
  let second: { code: number; output: string };
  beforeAll(async () => {
    const first = await buildOn('2027-02-14');
    expect(first.code, first.output).toBe(0);
    second = await buildOn('2027-02-15');
  }, 240_000);

  it('renders again the pages that list festivals and copies the others', () => {
    expect(second.code, second.output).toBe(0);
    const { entries } = checkSite(ROOT, content);
    const restored = (path: string): boolean => new RegExp(`\\s/${path}index\\.html \\(restored\\)`).test(second.output);
    const festive = entries.filter((e) => festivalsOf(e).length > 0);
    expect(festive.length).toBeGreaterThan(0);
    for (const e of entries)
      expect(restored(relPath({ page: 'entry', kind: e.kind, slug: e.slug }, 'vi')), e.slug).toBe(!festive.includes(e));
    expect(restored('')).toBe(false);
    expect(restored(relPath({ page: 'search' }, 'vi'))).toBe(true);
  });

  it('lists from the new day: the festival of 10–12 tháng Giêng 2027 (15–17 February) is still under way, the one of 30/12 has passed', () => {
    const e = checkSite(ROOT, content).entries.find((x) => festivalsOf(x).length > 0)!;
    const html = readFileSync(join(out, relPath({ page: 'entry', kind: e.kind, slug: e.slug }, 'vi'), 'index.html'), 'utf8');
    expect(html).toContain('<time datetime="2027-02-15" data-lunar="10/1">');
    expect(html).not.toContain('datetime="2027-02-05"'); // 30/12 before Tết 2027: the last day of the lunar year
  });
});
