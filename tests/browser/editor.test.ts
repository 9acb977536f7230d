/**
 * The web editor at `/admin/` of the built sample site, in headless Chromium, working on a local
 * copy of the content as Sveltia CMS's local mode does on the commune office's computer. Chromium
 * shows no directory picker headless, so the copy lives in the origin-private file system (OPFS)
 * and `showDirectoryPicker` is stubbed to hand over that folder — Sveltia then reads and writes it
 * through the same File System Access calls it uses on a real folder. A volunteer's relic (a title
 * with `đ` and stacked marks, a phone photo with GPS, an English title) is saved; the files on
 * "disk" are checked, copied back to a real folder, checked with `npm run check` and built.
 * The steps' screenshots are the pictures of the volunteers' guide (`LANGSO_SCREENSHOTS=1` writes
 * them into `docs/images/editor/`).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { slugify } from '../../src/lib/content/text.ts';
import { nextCode, usedCodes } from '../../src/lib/content/files/new-entry.ts';
import { moveToEditorLayout } from '../../src/lib/content/files/migrate-layout.ts';
import { launch } from '../support/browser.ts';
import { serve, type Served } from '../support/serve.ts';
import { built, cleanEnv, contentOf, ROOT, runBuild, workDir } from '../support/sites.ts';

const TITLE = 'Miếu Đức Thánh Trần ở bến đò Hữu Lộc';
const EN_TITLE = 'Tran Temple at Huu Loc Ferry';
const ALT = 'Cổng miếu nhìn từ bến đò, hai cây gạo hai bên';
const WORK = workDir('editor');
const SHOTS = join(WORK, 'screenshots');

let browser: Browser;
let page: Page;
let site: Served;
const outside: string[] = [];
const s = built('sample');

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  site = await serve(s.dir, s.base);
  browser = await launch();
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  // Nothing outside the site may load; the GitHub backend's status ping is refused, not made.
  await page.route(
    (url) => !url.href.startsWith(site.url),
    (route) => (outside.push(route.request().url()), route.abort()),
  );
  await page.addInitScript(() => {
    const w = window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> };
    w.showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('du-an', { create: true });
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Every file of a folder as [path relative to `base`, base64]. */
function filesOf(dir: string, base = dir): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path, base) : [[relative(base, path), readFileSync(path).toString('base64')]];
  });
}

/**
 * The project folder in OPFS: `.git/` (Sveltia checks it is a repository) and `content/`, moved to
 * the editor's layout by `npm run migrate` as a site does before its first edit in the browser.
 */
async function fillProjectFolder(): Promise<void> {
  const project = join(WORK, 'project');
  cpSync(contentOf('sample'), join(project, 'content'), { recursive: true });
  moveToEditorLayout(project, 'content');
  const files = filesOf(join(project, 'content')).map(([p, b]): [string, string] => [`content/${p}`, b]);
  await page.evaluate(async (list) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('du-an', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, b64] of list) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/** Every file under `content/relics/<folder>/` of the OPFS project, as base64. */
async function savedFiles(folder: string): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('du-an');
    const relics = await (await root.getDirectoryHandle('content')).getDirectoryHandle('relics');
    const out: Record<string, string> = {};
    const dir = await relics.getDirectoryHandle(name);
    for await (const [file, handle] of dir as unknown as AsyncIterable<[string, FileSystemFileHandle]>) {
      const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
      out[file] = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
    }
    return out;
  }, folder);
}

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** A 12-megapixel phone photo with the camera's make and a GPS position. */
const phonePhoto = (): Promise<Buffer> =>
  sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#8a3b2a' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'P12' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 6/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 24/1 0/1' },
    })
    .toBuffer();

describe('the web editor', { timeout: 300_000 }, () => {
  const slug = slugify(TITLE);
  let files: Record<string, string> = {};

  it('opens on the local project folder and lists the relics', async () => {
    await page.goto(new URL('admin/', site.url).href);
    await fillProjectFolder();
    const local = page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' });
    await local.waitFor();
    await shot('1-mo-trinh-sua');
    await local.click();
    // Every relic of the migrated copy is listed.
    for (const relic of s.entries.filter((e) => e.kind === 'relic')) await page.getByText(relic.data.title).first().waitFor();
    await shot('2-danh-sach');
  });

  it('creates a relic with a photo and an English title, and saves it', async () => {
    await page.goto(new URL('admin/#/collections/relics/new', site.url).href);
    const name = page.getByRole('textbox', { name: 'Tên' });
    await name.first().fill(TITLE);
    await page.getByRole('textbox', { name: 'Giới thiệu ngắn' }).first().fill('Miếu nhỏ bên bến đò, thờ Đức Thánh Trần Hưng Đạo.');
    await page.getByRole('radio', { name: s.site.areas[0]!.name.vi }).click();
    await page.getByRole('textbox', { name: 'Địa chỉ' }).first().fill('Bến đò Hữu Lộc');
    await name.nth(1).fill(EN_TITLE);
    await page
      .getByRole('button', { name: /Thêm.*Ảnh/ })
      .first()
      .click();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
    await page.getByRole('textbox', { name: 'Mô tả ảnh' }).first().fill(ALT);
    await page.waitForTimeout(1500);
    await shot('3-di-tich-moi');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(async () => Object.keys(await savedFiles(slug).catch(() => ({}))).length, { timeout: 30_000 }).toBeGreaterThan(2);
    await page.waitForTimeout(1000);
    await shot('4-da-luu');
    files = await savedFiles(slug);
  });

  it('writes the entry folder named by the folded title, with vi and en files and the resized photo', async () => {
    expect(slug).toBe('mieu-duc-thanh-tran-o-ben-do-huu-loc');
    const text = (name: string): string => Buffer.from(files[name]!, 'base64').toString('utf8');
    const vi = parseFrontmatter(text('index.vi.md')).data as Record<string, unknown>;
    const en = parseFrontmatter(text('index.en.md')).data as Record<string, unknown>;
    expect(vi).toMatchObject({ title: TITLE, area: s.site.areas[0]!.id, address: 'Bến đò Hữu Lộc', rank: 'unranked' });
    // The code the build offered: one above every code of the content and its registry.
    expect(String(vi['code'])).toBe(nextCode('relic', usedCodes(ROOT, contentOf('sample'))));
    const images = vi['images'] as { src: string; alt: string }[];
    expect(images).toEqual([{ src: expect.stringMatching(/\.webp$/), alt: ALT }]);
    expect(en).toEqual({ title: EN_TITLE, images: [{ src: images[0]!.src }] });
    const photo = Buffer.from(files[images[0]!.src]!, 'base64');
    const meta = await sharp(photo).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(1600);
    expect(meta.exif).toBeUndefined();
  });

  it('passes npm run check and builds the new page in both languages', async () => {
    const content = join(WORK, 'content');
    cpSync(contentOf('sample'), content, { recursive: true, preserveTimestamps: true });
    for (const [name, b64] of Object.entries(files)) {
      const path = join(content, 'relics', slug, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.from(b64, 'base64'));
    }
    const check = await promisify(execFile)(process.execPath, ['scripts/check.ts', content], { cwd: ROOT, env: cleanEnv() });
    // Exit status 0 (execFile rejects otherwise): no errors, whatever the warnings.
    expect(check.stdout).toMatch(/Không có lỗi|No errors/);
    const out = join(WORK, 'dist');
    const { code, output } = await runBuild(content, out);
    expect(code, output).toBe(0);
    expect(readFileSync(join(out, 'di-tich', slug, 'index.html'), 'utf8')).toContain(TITLE);
    expect(readFileSync(join(out, 'en', 'relics', slug, 'index.html'), 'utf8')).toContain(EN_TITLE);
  });

  it('asked for nothing outside the site: its content security policy refuses even the GitHub status ping', () => {
    expect(outside).toEqual([]);
  });

  it('hands its screenshots to the volunteers’ guide', () => {
    expect(readdirSync(SHOTS).sort()).toEqual(['1-mo-trinh-sua.png', '2-danh-sach.png', '3-di-tich-moi.png', '4-da-luu.png']);
    if (process.env['LANGSO_SCREENSHOTS']) cpSync(SHOTS, join(ROOT, 'docs/images/editor'), { recursive: true });
  });
});
