/**
 * Guide sheets: every page keeps its text on the paper and off the code, screenshots clear of the
 * band at the foot, and the PDF (each page) and the PNG decode, with zbarimg, to the guide's code.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { GuideSheetData } from '../../../src/lib/print/guide-sheet-data.ts';
import { guideSheet } from '../../../src/lib/print/guide-sheet.ts';
import { renderJob } from '../../../src/lib/print/render/job.ts';
import type { PrintJob } from '../../../src/lib/print/jobs.ts';
import { expectClean } from './boxes.ts';

const run = async (cmd: string, args: string[]): Promise<string> => (await promisify(execFile)(cmd, args)).stdout;
const zbar = async (png: string): Promise<string[]> =>
  (await run('zbarimg', ['-q', '--raw', png]).catch(() => '')).split('\n').filter(Boolean);

const URL = 'HTTPS://LANGSO.EXAMPLE.VN/Q/HD05/';
const shot = async (): Promise<string> =>
  (
    await sharp({ create: { width: 720, height: 1280, channels: 3, background: '#3a7' } })
      .png()
      .toBuffer()
  ).toString('base64');
const sheet = (steps: GuideSheetData['steps']): GuideSheetData => ({
  title: 'Chuyển từ 2G sang 4G',
  summary: 'Kiểm tra máy, đổi SIM và bật gọi 4G (VoLTE) để không bị mất liên lạc.',
  audience: 'Dành cho: Người đang dùng điện thoại cũ chỉ có 2G',
  bringLabel: 'Cần chuẩn bị',
  bring: ['Điện thoại và SIM đang dùng', 'Thẻ căn cước'],
  steps,
  problemsLabel: 'Hay gặp trục trặc',
  problems: [{ problem: 'Không gọi được khi có 4G', fix: 'Bật VoLTE trong Cài đặt › Mạng di động.' }],
  callLabel: 'Vướng chỗ nào, gọi tổ công nghệ số',
  teams: [{ name: 'Tổ công nghệ số cộng đồng khu dân cư Côn Sơn', phone: '0220 3000 202' }],
  scan: 'Quét mã để xem hướng dẫn trên điện thoại',
  url: URL,
  short: 'langso.example.vn/q/hd05',
  checked: 'Kiểm tra lần cuối: 1 tháng 12, 2026',
  footer: 'Làng Số Chí Linh – Thanh Hà',
});
const long = (i: number): string =>
  `Bước số ${i + 1}: vào Cài đặt › Mạng di động › Loại mạng ưu tiên, chọn 4G/LTE rồi bật cuộc gọi VoLTE và gọi thử.`;

describe('guide sheet layout', () => {
  it('flows many steps over pages, each with the band, text clear of the code, screenshots above the band', () => {
    const steps = Array.from({ length: 14 }, (_, i) => ({ text: long(i), ...(i % 3 === 0 ? { shot: 'x' } : {}) }));
    const sizes = steps.map((s) => (s.shot ? { width: 720, height: 1280 } : undefined));
    const pages = guideSheet(sheet(steps), sizes, 'H');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expectClean(page.layout);
      expect(page.layout.codes).toHaveLength(1);
      const band = page.layout.codes[0]!.y;
      for (const p of page.pictures) expect(p.y + p.height).toBeLessThan(band - 3);
    }
    const numbers = pages.flatMap((p) => p.layout.texts.map((t) => t.text)).filter((t) => /^\d+\.$/.test(t));
    expect(numbers).toEqual(steps.map((_, i) => `${i + 1}.`));
    expect(pages.flatMap((p) => p.pictures.map((x) => x.index))).toEqual([0, 3, 6, 9, 12]);
  });
});

describe('guide sheet files', { timeout: 60_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'langso-guide-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('decode to the guide’s code from the PNG and from every page of the PDF, with the steps as text', async () => {
    const steps = [
      { text: 'Nhìn góc trên màn hình.', shot: await shot() },
      ...Array.from({ length: 9 }, (_, i) => ({ text: long(i + 1) })),
    ];
    const job: PrintJob = {
      dir: 'sheets/',
      name: 'hd05',
      title: 'Chuyển từ 2G sang 4G',
      files: ['pdf', 'png'],
      type: 'guide',
      sheet: sheet(steps),
      ecc: 'H',
    };
    const files = await renderJob(job);
    writeFileSync(join(tmp, 'hd05.png'), files.png!);
    writeFileSync(join(tmp, 'hd05.pdf'), files.pdf!);
    expect(await zbar(join(tmp, 'hd05.png'))).toEqual([URL]);
    await run('pdftoppm', ['-r', '150', '-png', join(tmp, 'hd05.pdf'), join(tmp, 'page')]);
    const pages = readdirSync(tmp).filter((f) => f.startsWith('page-'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(await zbar(join(tmp, page)), page).toEqual([URL]);
    const text = await run('pdftotext', [join(tmp, 'hd05.pdf'), '-']);
    expect(text).toContain('0220 3000 202');
    expect(text).toContain('Cài đặt › Mạng di động');
    // The screenshot is in the PDF as an image.
    expect(await run('pdfimages', ['-list', join(tmp, 'hd05.pdf')])).toMatch(/\bjpeg\b/);
  });
});
