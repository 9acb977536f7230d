/**
 * The one content pass: content, codes and print checks in one list of problems; read once per
 * process while the files stay the same, read again as soon as one changes.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite, sharedCheck } from '../../../src/lib/check/check-site.ts';
import { checkReport } from '../../../src/lib/check/report.ts';

const SITE =
  'name: { vi: "Làng Kiểm", en: "Check Village" }\nbaseUrl: https://kiem.example.org/\nprovince: { vi: "Tỉnh Bắc Ninh", en: "Bac Ninh Province" }\nareas:\n  - id: xa-kiem\n    name: { vi: "Xã Kiểm", en: "Kiem Commune" }\n';
const relic = (code: string, title: string) =>
  `---\ncode: ${code}\ntitle: ${title}\nsummary: Ngôi đình để thử lượt kiểm tra.\narea: xa-kiem\naddress: Thôn Kiểm\n---\nĐình làng.\n`;

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A content folder in a fresh temp root, from file path → text. */
function content(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'langso-check-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    writeFileSync(join(root, 'content', path), text);
  }
  return root;
}

describe('checkSite', () => {
  it('puts content, code and print problems in one list, each naming its file', () => {
    const root = content({
      'site.yaml': SITE,
      'relics/dinh-kiem/vi.md': relic('dk01', 'Đình Kiểm (亭)'),
      'codes.yaml': 'dk09:\n  kind: relic\n  slug: da-xoa\n  issued: 2026-01-01\n',
    });
    const { entries, problems, registry } = checkSite(root, 'content');
    expect(entries.map((e) => e.slug)).toEqual(['dinh-kiem']);
    expect(problems.map((p) => [p.key, p.file]).sort()).toEqual([
      ['codeMissing', 'content/codes.yaml'], // codes: a printed code leads nowhere
      ['missingEn', 'content/relics/dinh-kiem/en.md'], // content: no English yet
      ['unprintable', 'content/relics/dinh-kiem/vi.md'], // print: the plaque font has no 亭
    ]);
    // The registry the build would save: the new code issued, the lost one still there.
    expect(Object.keys(registry).sort()).toEqual(['dk01', 'dk09']);
  });

  it('reads a folder without codes.yaml as a first build: every code issued, no problem', () => {
    const root = content({ 'site.yaml': SITE, 'relics/dinh-kiem/vi.md': relic('dk01', 'Đình Kiểm') });
    const { problems, registry } = checkSite(root, 'content');
    expect(problems.map((p) => p.key)).toEqual(['missingEn']);
    expect(registry['dk01']).toMatchObject({ kind: 'relic', slug: 'dinh-kiem', title: 'Đình Kiểm' });
  });
});

describe('sharedCheck', () => {
  it('reads the folder once while its files stay the same, and again when one changes', () => {
    const root = content({ 'site.yaml': SITE, 'relics/dinh-kiem/vi.md': relic('dk01', 'Đình Kiểm') });
    const first = sharedCheck(root, 'content');
    expect(sharedCheck(root, 'content')).toBe(first);
    const file = join(root, 'content/relics/dinh-kiem/vi.md');
    writeFileSync(file, relic('dk01', 'Đình Kiểm Mới'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000)); // a new time even on coarse clocks
    const second = sharedCheck(root, 'content');
    expect(second).not.toBe(first);
    expect(second.entries[0]!.data.title).toBe('Đình Kiểm Mới');
  });
});

describe('checkReport', () => {
  it('counts errors and warnings, and ends with the verdict in the asked language', () => {
    const root = content({
      'site.yaml': SITE,
      'relics/dinh-kiem/vi.md': relic('dk01', 'Đình Kiểm').replace('area: xa-kiem', 'area: xa-khac'),
    });
    const report = checkReport(root, 'content', 'en');
    expect([report.errors, report.warnings]).toEqual([1, 1]);
    expect(report.text).toContain('content/relics/dinh-kiem/vi.md');
    expect(report.text.trim().split('\n').at(-1)).toMatch(/1 error/);
  });

  it('says plainly when the folder does not exist', () => {
    const report = checkReport(tmpdir(), 'no-such-content', 'vi');
    expect(report.errors).toBe(1);
    expect(report.text).toContain('no-such-content');
  });
});
