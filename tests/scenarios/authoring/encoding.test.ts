import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, copySite, read, say, withKey, write } from './helpers.ts';

const VI = 'relics/den-mau/vi.md';

describe('text as editors save it', () => {
  it('reads NFD text (macOS) as NFC, so titles and slugs match what was typed', () => {
    const root = copySite();
    write(root, VI, read(root, VI).normalize('NFD'));
    const { entries, problems } = check(root);
    const relic = entries.find((e) => e.kind === 'relic')!;
    expect(relic.data.title).toBe('Đền Mẫu'.normalize('NFC'));
    expect(relic.data.title.length).toBe(7);
    expect(relic.body.vi).toContain('Lịch sử'.normalize('NFC'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads CRLF line ends and a UTF-8 BOM like plain LF text, keeping line numbers right', () => {
    const root = copySite();
    const crlf = `\uFEFF${read(root, VI).replace('area: xa-mau', 'area: xa-mua').replace(/\n/g, '\r\n')}`;
    write(root, VI, crlf);
    const content = check(root);
    const relic = content.entries.find((e) => e.kind === 'relic');
    // The BOM does not hide the opening --- and the area error still points at line 5.
    expect(withKey(content, 'noFrontmatter')).toEqual([]);
    expect(withKey(content, 'unknownArea')[0]).toMatchObject({ file: `content/${VI}`, field: 'area' });
    expect(relic?.body.vi ?? '').not.toContain('\r');
  });

  it('keeps a clean CRLF + BOM file error-free, body without carriage returns', () => {
    const root = copySite();
    write(root, VI, `\uFEFF${read(root, VI).replace(/\n/g, '\r\n')}`);
    const { entries, problems } = check(root);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const relic = entries.find((e) => e.kind === 'relic')!;
    expect(relic.data.code).toBe('dt01');
    expect(relic.body.vi).not.toContain('\r');
  });

  it('gives an NFD folder name (macOS) the ASCII slug, and warns to rename the folder', () => {
    const root = copySite();
    const nfd = 'Đền Mẫu'.normalize('NFD');
    renameSync(join(root, 'content/relics/den-mau'), join(root, 'content/relics', nfd));
    const content = check(root);
    expect(content.entries.find((e) => e.kind === 'relic')?.slug).toBe('den-mau');
    const [warning] = withKey(content, 'folderName');
    expect(warning?.severity).toBe('warning');
    expect(say(warning!)).toContain('Đổi tên thư mục thành den-mau');
    expect(say(warning!, 'en')).toContain('“Đền Mẫu”'.normalize('NFC'));
  });
});
