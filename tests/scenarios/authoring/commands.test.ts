import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copySite, edit, read, ROOT, runScript, write } from './helpers.ts';

describe('npm run new', () => {
  it('creates vi.md and en.md with the folded slug and a code unused in content and codes.yaml', async () => {
    const root = copySite();
    write(
      root,
      'codes.yaml',
      'codes:\n  dt01: { kind: relic, slug: den-mau }\n  dt07: { kind: relic, slug: da-xoa, retired: 2026-01-01 }\n',
    );
    const { code, output } = await runScript('new.ts', ['relic', 'Chùa Thử Nghiệm Đường Xá'], root);
    expect(code, output).toBe(0);
    expect(output).toContain('dt08');
    const vi = read(root, 'relics/chua-thu-nghiem-duong-xa/vi.md');
    expect(vi).toContain('code: dt08');
    expect(vi).toContain('title: "Chùa Thử Nghiệm Đường Xá"');
    expect(vi).toContain('area: xa-mau');
    expect(vi).toMatch(/^# Mã cố định in trong mã QR/m);
    expect(read(root, 'relics/chua-thu-nghiem-duong-xa/en.md')).toMatch(/^# English version/m);
  });

  it('writes an entry that passes npm run check with warnings only, for every kind', async () => {
    const root = copySite();
    for (const [kind, title] of [
      ['relic', 'Đình Làng Mới'],
      ['product', 'Bánh Gai Mới'],
      ['team', 'Tổ Công Nghệ Mới'],
    ]) {
      expect((await runScript('new.ts', [kind!, title!], root)).code).toBe(0);
    }
    expect(read(root, 'products/banh-gai-moi/vi.md')).toContain('code: sp01');
    expect(read(root, 'teams/to-cong-nghe-moi/vi.md')).toContain('code: td02');
    const { code, output } = await runScript('check.ts', [], root);
    expect(code, output).toBe(0);
    expect(output).not.toContain('LỖI');
    expect(output).toContain('vẫn còn chữ mẫu'); // the template's [[…]] text is pointed out
    expect(output).toContain('Di tích: 1/2 đã dịch tiếng Anh');
  });

  it('refuses to overwrite an existing entry, and leaves it as it was', async () => {
    const root = copySite();
    await runScript('new.ts', ['team', 'Tổ Hai'], root);
    edit(root, 'teams/to-hai/vi.md', 'zalo: false', 'zalo: true');
    const before = read(root, 'teams/to-hai/vi.md');
    const again = await runScript('new.ts', ['team', 'Tổ Hai'], root);
    expect(again.code).toBe(1);
    expect(again.output).toContain('đã có sẵn');
    expect(read(root, 'teams/to-hai/vi.md')).toBe(before);
    const english = await runScript('new.ts', ['team', 'Tổ Hai'], root, { LANGSO_LANG: 'en' });
    expect(english.output).toContain('already exists');
  });

  it('explains its usage for an unknown kind, in English when asked', async () => {
    const root = copySite();
    const { code, output } = await runScript('new.ts', ['temple', 'Đền'], root, { LANG: 'en_GB.UTF-8' });
    expect(code).toBe(1);
    expect(output).toContain('There is no kind “temple”');
    expect(output).toContain('npm run new -- <relic|product|team|homestay|guide>');
    expect(existsSync(join(root, 'content/relics/den'))).toBe(false);
  });

  it('creates a homestay and a guide from their templates, which check with notes but no errors', async () => {
    const root = copySite();
    expect((await runScript('new.ts', ['homestay', 'Nhà Nghỉ Mới'], root)).output).toContain('lt01');
    expect((await runScript('new.ts', ['huong-dan', 'Hướng Dẫn Mới'], root)).output).toContain('hd01');
    const { code, output } = await runScript('check.ts', [], root);
    expect(code).toBe(0);
    expect(output).toContain('Lưu ý [placeholder]: content/guides/huong-dan-moi/vi.md');
    expect(output).toContain('Lưu ý [placeholder]: content/homestays/nha-nghi-moi/vi.md');
  });
});

describe('npm run check', () => {
  it('exits 1 on errors, each with file, line, field and fix', async () => {
    const root = copySite();
    edit(root, 'teams/to-mau/vi.md', 'phone: "0220 3882 123"', 'phon: "0220 3882 123"');
    const { code, output } = await runScript('check.ts', [], root);
    expect(code).toBe(1);
    expect(output).toContain('LỖI [unknownFieldSuggest]: content/teams/to-mau/vi.md, dòng 6, mục “phon”');
    expect(output).toContain('Cách sửa: Sửa “phon” thành “phone”.');
    expect(output).toContain('Có 1 lỗi');
  });

  it('speaks English when LANG is English, and takes the content folder as an argument', async () => {
    const { code, output } = await runScript('check.ts', ['tests/scenarios/authoring/fixture'], ROOT, { LANG: 'en_US.UTF-8' });
    expect(code).toBe(0);
    expect(output).toContain('Note [missingEn]: tests/scenarios/authoring/fixture/teams/to-mau/en.md');
    expect(output).toContain('Relics: 1/1 translated into English');
    expect(output).toContain('Teams: 0/1 translated into English');
    expect(output).toContain('not translated: tests/scenarios/authoring/fixture/teams/to-mau');
  });

  it('says plainly when the content folder does not exist', async () => {
    const { code, output } = await runScript('check.ts', ['no-such-folder'], ROOT);
    expect(code).toBe(1);
    expect(output).toContain('Không tìm thấy thư mục nội dung no-such-folder');
    expect(readFileSync(join(ROOT, 'package.json'), 'utf8')).toContain('"check": "node scripts/check.ts"');
  });
});
