import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAQUE_SUMMARY_MAX } from '../../../src/lib/content/text-checks.ts';
import { check, copySite, edit, read, say, withKey, write } from './helpers.ts';

const VI = 'relics/den-mau/vi.md';
const errors = (root: string) => check(root).problems.filter((p) => p.severity === 'error');

describe('duplicates', () => {
  it('names both folders when two fold to the same slug', () => {
    const root = copySite();
    cpSync(join(root, 'content/relics/den-mau'), join(root, 'content/relics/Đền Mẫu'), { recursive: true });
    edit(root, 'relics/Đền Mẫu/vi.md', 'code: dt01', 'code: dt02');
    const [problem] = withKey(check(root), 'duplicateSlug');
    expect(problem?.severity).toBe('error');
    const text = say(problem!);
    expect(text).toContain('content/relics/Đền Mẫu/vi.md');
    expect(text).toContain('content/relics/den-mau/vi.md');
  });

  it('names both files when two entries share a code, even across kinds', () => {
    const root = copySite();
    edit(root, 'teams/to-mau/vi.md', 'code: td01', 'code: DT01');
    const [problem] = withKey(check(root), 'duplicateCode');
    expect(problem).toMatchObject({ severity: 'error', field: 'code', values: { code: 'dt01' } });
    expect([problem!.file, problem!.values!['other']].sort()).toEqual([`content/${VI}`, 'content/teams/to-mau/vi.md']);
  });
});

describe('coordinates', () => {
  it('says the numbers are swapped when lat and lng were written the wrong way round', () => {
    const root = copySite();
    edit(root, VI, 'location: { lat: 21.1, lng: 106.4 }', 'location: { lat: 106.4, lng: 21.1 }');
    const problems = errors(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'latLngSwapped', field: 'location', line: 7 });
    expect(say(problems[0]!)).toContain('bị đảo');
    expect(say(problems[0]!, 'en')).toContain('swapped');
  });

  it('says which number is outside Vietnam', () => {
    const root = copySite();
    edit(root, VI, 'location: { lat: 21.1, lng: 106.4 }', 'location: { lat: 48.85, lng: 106.4 }');
    const problems = errors(root);
    expect(problems.map((p) => [p.key, p.field])).toEqual([['lat', 'location.lat']]);
    expect(say(problems[0]!)).toContain('Vĩ độ 48.85 nằm ngoài Việt Nam');
  });
});

describe('frontmatter', () => {
  it('points at the line where an unclosed quote opens, not where YAML gave up', () => {
    const root = copySite();
    edit(root, VI, 'address: Thôn Đông, xã Mẫu', 'address: "Thôn Đông, xã Mẫu');
    const [problem] = errors(root);
    expect(problem).toMatchObject({ key: 'unclosedQuote', file: `content/${VI}`, line: 6 });
    expect(say(problem!)).toContain('dòng 6');
    expect(say(problem!, 'en')).toContain('never closed');
  });

  it.each([
    // An indented line under a plain value: named on its own line, not on the field above it that YAML blames.
    ['a field indented under another', 'area: xa-mau', 'area: xa-mau\n  hours: [7:00', 6, 'yamlIndent'],
    ['a missing colon', 'address: Thôn Đông, xã Mẫu', 'address Thôn Đông, xã Mẫu', 6, 'yamlNoColon'],
    ['a photo line indented one space short', '    alt: Cổng đền nhìn từ sân', '   alt: Cổng đền nhìn từ sân', 10, 'yaml'],
  ])('points at the line of other YAML mistakes: %s', (_, from, to, line, key) => {
    const root = copySite();
    edit(root, VI, from, to);
    const problems = errors(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key, file: `content/${VI}`, line });
    expect(say(problems[0]!)).toContain(`dòng ${line}`);
  });

  it('suggests the field a misspelt name was meant to be', () => {
    const root = copySite();
    edit(root, 'teams/to-mau/vi.md', 'phone: "0220 3882 123"', 'phon: "0220 3882 123"');
    const [problem] = errors(root);
    expect(problem).toMatchObject({ key: 'unknownFieldSuggest', field: 'phon', line: 6, values: { suggestion: 'phone' } });
    expect(say(problem!, 'en')).toContain('Change “phon” to “phone”');
  });

  it('refuses .mdx, which would run code at build time, whether alone or beside vi.md', () => {
    const root = copySite();
    write(root, 'relics/den-mau/en.mdx', "export const x = 1;\n\n{console.log('ran')}");
    write(root, 'relics/den-lai/vi.mdx', read(root, VI));
    const problems = withKey(check(root), 'mdxNotAllowed');
    expect(problems.map((p) => [p.severity, p.file]).sort()).toEqual([
      ['error', 'content/relics/den-lai/vi.mdx'],
      ['error', 'content/relics/den-mau/en.mdx'],
    ]);
    expect(check(root).entries.map((e) => e.slug)).not.toContain('den-lai');
  });
});

describe('text warnings', () => {
  it('warns about raw HTML, naming the unsafe part and its line, without an error', () => {
    const root = copySite();
    const body = [
      'Xem <b>đậm</b> ở đây.',
      '<script>alert(1)</script>',
      '<img src="x.jpg" onerror="alert(1)">',
      '[Bấm vào](javascript:alert(1))',
      '<iframe src="https://example.com"></iframe>',
      '`<script>` trong mã thì không sao.',
    ].join('\n');
    edit(root, VI, 'Đền được dựng lại năm 1990.', body);
    const content = check(root);
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const html = content.problems.filter((p) => p.key === 'unsafeHtml' || p.key === 'rawHtml');
    expect(html.map((p) => [p.key, p.line, p.values!['what'] ?? p.values!['tag']])).toEqual([
      ['rawHtml', 14, '<b>'],
      ['unsafeHtml', 15, '<script>'],
      ['unsafeHtml', 16, 'on…='],
      ['unsafeHtml', 17, 'javascript:'],
      ['unsafeHtml', 18, '<iframe>'],
    ]);
    expect(say(html[1]!)).toContain('sẽ bị xoá');
    expect(say(html[1]!, 'en')).toContain('will be removed');
  });

  it('warns when a summary is too long for a plaque', () => {
    const root = copySite();
    edit(root, VI, 'summary: Ngôi đền dùng để thử các lỗi nội dung.', `summary: ${'Rất dài. '.repeat(30)}`);
    const [problem] = withKey(check(root), 'summaryLong');
    expect(problem).toMatchObject({ severity: 'warning', field: 'summary', line: 4 });
    expect(Number(problem!.values!['length'])).toBeGreaterThan(PLAQUE_SUMMARY_MAX);
  });

  it('warns, naming them, about characters the plaque font cannot print', () => {
    const root = copySite();
    edit(root, VI, 'title: Đền Mẫu', 'title: Đền Mẫu (廟)');
    const [problem] = withKey(check(root), 'unprintable');
    expect(problem).toMatchObject({ severity: 'warning', field: 'title', line: 3, values: { chars: '廟' } });
    expect(say(problem!)).toContain('không in được các ký tự 廟');
    expect(say(problem!, 'en')).toContain('cannot print the characters 廟');
    // A team's title goes on its poster; its summary is printed nowhere.
    edit(root, 'teams/to-mau/vi.md', 'title: Tổ công nghệ số thôn Đông', 'title: Tổ công nghệ số thôn Đông 🙂');
    edit(root, 'teams/to-mau/vi.md', 'summary: Giúp bà con cài VNeID.', 'summary: Giúp bà con cài VNeID 🙂');
    const team = withKey(check(root), 'unprintable').filter((p) => p.file.includes('to-mau'));
    expect(team.map((p) => p.field)).toEqual(['title']);
  });

  it('treats a blank en.md as not yet translated, not as an error', () => {
    const root = copySite();
    write(root, 'relics/den-mau/en.md', '---\n# title: "English title"\n---\n');
    const content = check(root);
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.entries.find((e) => e.kind === 'relic')?.en).toBeNull();
    expect(withKey(content, 'missingEn').map((p) => p.file)).toContain('content/relics/den-mau/en.md');
  });

  it('still errors on a missing vi.md', () => {
    const root = copySite();
    rmSync(join(root, 'content', VI));
    expect(errors(root).map((p) => p.key)).toEqual(['missingVi']);
  });
});
