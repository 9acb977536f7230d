/**
 * A build on a machine without ffmpeg and without the Hán-Nôm font package: it completes, tells
 * the volunteer in both languages what to install (the font once), copies no recording nobody can
 * play, shows the transcript, and leaves the inscription to the reader's own fonts.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, workDir } from '../../support/sites.ts';
import { BASE } from './helpers.ts';

const work = workDir('authoring-media');
const site = join(work, 'content');
const out = join(work, 'out');

/** One second of a 440 Hz tone as a WAV file, as a phone's voice recorder might save it. */
function tone(): Buffer {
  const rate = 8000;
  const data = Buffer.alloc(rate * 2);
  for (let i = 0; i < rate; i++) data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  const head = Buffer.alloc(44);
  head.write('RIFF', 0);
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(rate, 24);
  head.writeUInt32LE(rate * 2, 28);
  head.writeUInt16LE(2, 32);
  head.writeUInt16LE(16, 34);
  head.write('data', 36);
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

const MEDIA = `narration:
  src: ./ghi-am.wav
inscriptions:
  - kind: board
    original: 英靈
    reading: Anh linh
    meaning: Linh thiêng
---`;

describe('a build without ffmpeg and without the Hán-Nôm font', () => {
  let build: { code: number; output: string };

  beforeAll(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    cpSync(BASE, site, { recursive: true });
    const vi = join(site, 'relics/den-mau/vi.md');
    const text = readFileSync(vi, 'utf8');
    writeFileSync(vi, text.replace(/\n---\n/, `\n${MEDIA}\n`));
    writeFileSync(join(site, 'relics/den-mau/ghi-am.wav'), tone());
    writeFileSync(join(site, 'relics/den-mau/ghi-am.txt'), 'Một tiếng chuông thử.\n\nGhi chú: đây là tiếng máy tạo ra để thử.\n');
    build = await runBuild(site, out, { LANGSO_FFMPEG: 'none', LANGSO_HANNOM_FONT: 'none' });
  }, 240_000);

  it('completes, and says what to install in both languages (the font only once)', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('[ffmpegMissing]');
    expect(build.output).toContain('apt-get install ffmpeg');
    expect(build.output).toMatch(/Máy này chưa có chương trình ffmpeg[\s\S]*This machine has no ffmpeg/);
    expect(build.output.match(/\[hanNomFontMissing\]/g)).toHaveLength(1);
    expect(build.output).toContain('npm install');
  });

  it('copies no recording and no font, and shows the transcript and the inscription in the reader’s fonts', () => {
    expect(existsSync(join(out, 'audio'))).toBe(false);
    expect(existsSync(join(out, 'fonts'))).toBe(false);
    const html = readFileSync(join(out, 'di-tich/den-mau/index.html'), 'utf8');
    expect(html).not.toContain('<audio');
    expect(html).not.toMatch(/\.wav"/);
    expect(html).toContain('Một tiếng chuông thử.');
    expect(html).not.toContain('@font-face');
    expect(html).toMatch(/<div class="original[^"]*" lang="lzh"[^>]*><p[^>]*>英靈<\/p>/);
  });
});
