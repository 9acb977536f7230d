/**
 * Real builds (`scripts/build.ts`) of a small fixture: what a volunteer's pasted HTML and phone photo
 * become on the published site, and what a failed build leaves behind.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureOutput } from '../../../src/lib/web/host-fit.ts';
import { runBuild, workDir } from '../../support/sites.ts';
import { BASE } from './helpers.ts';

const work = workDir('authoring-build');
const good = join(work, 'good');
const out = join(work, 'out');
const PHOTO = { width: 3648, height: 5472 }; // 20 MP, stored portrait, shown landscape (EXIF 6)

/** A 20-megapixel phone photo: EXIF orientation 6, GPS position, a red band on the side that is up. */
async function phonePhoto(): Promise<Buffer> {
  const band = await sharp({ create: { width: 400, height: PHOTO.height, channels: 3, background: '#d00000' } })
    .png()
    .toBuffer();
  return sharp({ create: { ...PHOTO, channels: 3, background: '#3060a0' } })
    .composite([{ input: band, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'PhoneCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 6/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 24/1 0/1' },
    })
    .jpeg({ quality: 80 })
    .toBuffer();
}

const PASTED = [
  'Gọi [số trực](tel:+84912345678) hoặc <a href="tel:0912345678">gọi tổ</a>.',
  '<script>alert("xss")</script>',
  '<img src="x.jpg" onerror="alert(1)"> <b onclick="alert(2)">đậm</b>',
  '[Bấm vào đây](javascript:alert(3))',
  '<iframe src="https://example.com/"></iframe>',
].join('\n\n');

describe('building volunteer content', () => {
  let first: { code: number; output: string };

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(BASE, good, { recursive: true });
    const vi = join(good, 'relics/den-mau/vi.md');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace('./cong.jpg', './dien-thoai.jpg').replace('Đền được dựng lại năm 1990.', PASTED));
    writeFileSync(join(good, 'relics/den-mau/dien-thoai.jpg'), await phonePhoto());
    const en = join(good, 'relics/den-mau/en.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('./cong.jpg', './dien-thoai.jpg'));
    first = await runBuild(good, out);
  }, 240_000);

  it('removes scripts, handlers, javascript: links and iframes, and keeps Markdown tel: links', () => {
    expect(first.code, first.output).toBe(0);
    const html = readFileSync(join(out, 'di-tich/den-mau/index.html'), 'utf8');
    const body = html.slice(html.indexOf('<div class="body"'));
    expect(body).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(body).not.toContain('alert(');
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).not.toContain('javascript:');
    expect(body).not.toContain('<iframe');
    expect(body).toContain('<a href="tel:+84912345678">số trực</a>');
    // Raw HTML tags are dropped whole, safe or not; their text stays (what `npm run check` warns of).
    expect(body).toContain('gọi tổ');
    expect(body).toContain('đậm');
    expect(body).not.toContain('<b');
    expect(body).toContain('<a>Bấm vào đây</a>');
  });

  it('says how many files and bytes the site is, counted from what it wrote', () => {
    expect(first.code, first.output).toBe(0);
    const said = /(?:Trang gồm|The site is) ([\d.,]+) (?:tệp|files), ([\d.,]+) MB\./.exec(first.output);
    expect(said, first.output).not.toBeNull();
    const size = measureOutput(out);
    expect(Number(said![1]!.replace(/[.,]/g, ''))).toBe(size.files);
    expect(Number(said![2]!.replace(',', '.'))).toBeCloseTo(size.bytes / 1024 / 1024, 0);
  });

  it('serves the 20 MP photo right way up, resized, without EXIF or GPS', async () => {
    const files = readdirSync(join(out, '_astro')).filter((f) => f.startsWith('dien-thoai.'));
    expect(files.length).toBeGreaterThan(2);
    const html = readFileSync(join(out, 'di-tich/den-mau/index.html'), 'utf8');
    for (const file of files) {
      const path = join(out, '_astro', file);
      const meta = await sharp(path).metadata();
      expect({ file, exif: meta.exif, xmp: meta.xmp }).toEqual({ file, exif: undefined, xmp: undefined });
      expect(meta.width, file).toBeGreaterThanOrEqual(meta.height!); // the search thumbnail is square
      // The red band was on the stored left edge: shown right way up, it is across the top.
      const { data } = await sharp(path).resize(30, 20, { fit: 'fill' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      expect(data[0], `${file} top`).toBeGreaterThan(150);
      expect(data[data.length - 3], `${file} bottom`).toBeLessThan(100);
      // What a page links to is a resized copy, never the 5472-pixel original.
      if (html.includes(file)) expect(meta.width, file).toBeLessThanOrEqual(1200);
    }
  });

  it('keeps the previous site when a build fails, and says why in the volunteers’ words', async () => {
    expect(first.code).toBe(0);
    const broken = join(work, 'broken');
    cpSync(good, broken, { recursive: true });
    const team = join(broken, 'teams/to-mau/vi.md');
    writeFileSync(team, readFileSync(team, 'utf8').replace('phone: "0220 3882 123"', 'phon: "0220 3882 123"'));
    const before = readFileSync(join(out, 'di-tich/den-mau/index.html'), 'utf8');

    const { code, output } = await runBuild(broken, out, { LANG: 'vi_VN.UTF-8', LANGSO_LANG: 'vi' });
    expect(code).toBe(1);
    expect(output).toContain('vi.md, dòng 6, mục “phon”');
    expect(output).toContain('Sửa “phon” thành “phone”');
    expect(output).toContain('vẫn giữ nguyên');
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // no stack trace
    expect(readFileSync(join(out, 'di-tich/den-mau/index.html'), 'utf8')).toBe(before);
    expect(existsSync(`${out}.new`)).toBe(false);
  }, 240_000);
});
