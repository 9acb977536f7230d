/**
 * A rebuild does what its inputs changed, and no more: the basic fixture is built, one relic's title
 * is edited, and the rebuild must show the new title on its page, its plaque and in the search
 * index, while the other entries' pages are copied from the last build and their plaques come from
 * the print cache, byte for byte, without being drawn again.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/check/check-site.ts';
import { relPath } from '../../../src/lib/codes/routes.ts';
import { plaqueEntries } from '../../../src/lib/print/catalogue.ts';
import { neighbours } from '../../../src/lib/web/nearby.ts';
import type { Entry } from '../../../src/lib/content/entries.ts';
import { ROOT, runBuild } from '../../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'langso-incremental-'));
const content = join(work, 'content');
const out = join(work, 'dist');
cpSync(join(ROOT, 'tests/scenarios/basic/fixture'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = () => runBuild(content, out, { LANGSO_LOG: 'debug', LANGSO_LANG: 'en' });
const MARK = 'Kalamazoo';

/** Every text the search index holds for display, decompressed. */
const indexText = (): string =>
  readdirSync(join(out, 'pagefind/fragment'))
    .map((f) => gunzipSync(readFileSync(join(out, 'pagefind/fragment', f))).toString('utf8'))
    .join('\n');

describe('a one-entry edit', { timeout: 240_000 }, () => {
  let edited: Entry;
  let untouched: Entry[];
  let second: { code: number; output: string };
  let before: Map<string, Buffer>;

  beforeAll(async () => {
    const first = await build();
    expect(first.code, first.output).toBe(0);
    const { entries } = checkSite(ROOT, content);
    edited = entries.find((e) => e.kind === 'relic')!;
    untouched = plaqueEntries(entries).filter((e) => e !== edited);
    before = new Map(untouched.map((e) => [e.data.code, readFileSync(join(out, `plaques/${e.data.code}.pdf`))]));
    const file = join(ROOT, edited.dir, 'vi.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, `title: "${edited.data.title} ${MARK}"`));
    second = await build();
  }, 240_000);

  it('rebuilds', () => {
    expect(second.code, second.output).toBe(0);
  });

  it('shows the new title on the entry’s page, its plaque and in the search index', () => {
    const page = readFileSync(join(out, relPath({ page: 'entry', kind: edited.kind, slug: edited.slug }, 'vi'), 'index.html'), 'utf8');
    expect(page).toContain(`${edited.data.title} ${MARK}`);
    const plaque = execFileSync('pdftotext', [join(out, `plaques/${edited.data.code}.pdf`), '-'], { encoding: 'utf8' });
    expect(plaque).toContain(MARK);
    expect(indexText()).toContain(MARK);
  });

  it('draws only the edited entry’s plaque and the print files that list it', () => {
    const rendered = [...second.output.matchAll(/rendered (\S+)/g)].map((m) => m[1]);
    expect(rendered).toContain(`plaques/${edited.data.code}`);
    for (const e of untouched) expect(rendered).not.toContain(`plaques/${e.data.code}`);
  });

  it('keeps every other plaque byte for byte', () => {
    for (const e of untouched) expect(readFileSync(join(out, `plaques/${e.data.code}.pdf`)).equals(before.get(e.data.code)!)).toBe(true);
  });

  it('copies the other entries’ pages from the last build instead of rendering them, but not those listing it nearby', () => {
    const { entries } = checkSite(ROOT, content);
    const near = neighbours(entries);
    const listsEdited = (e: Entry): boolean => (near.get(e) ?? []).some((n) => n.entry.slug === edited.slug);
    const rendered = (e: Entry): boolean => !new RegExp(`/${e.slug}/index\\.html \\(restored\\)`).test(second.output);
    for (const e of entries) expect(rendered(e), e.slug).toBe(e.slug === edited.slug || listsEdited(e));
  });

  it('renders again the list that shows the entry, and copies the other kinds’ lists and the search page', () => {
    const restored = (route: Parameters<typeof relPath>[0]): boolean =>
      second.output.includes(`/${relPath(route, 'vi')}index.html (restored)`);
    expect(restored({ page: 'list', kind: edited.kind })).toBe(false);
    expect(restored({ page: 'list', kind: 'product' })).toBe(true);
    expect(restored({ page: 'search' })).toBe(true);
  });
});
