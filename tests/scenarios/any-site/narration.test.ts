/**
 * Narrations on every test site: offered on tap only (`preload="none"`), with the transcript on
 * the page and linked by `aria-describedby`; the web audio is mono, at most 40 kbps on the wire,
 * and carries nothing of the phone's metadata. Entries without a recording offer the machine voice,
 * hidden until a script finds a voice.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/i18n/index.ts';
import { hasFfmpeg, probe } from '../../../src/lib/audio/ffmpeg.ts';
import { narrationFor } from '../../../src/lib/audio/narration.ts';
import { captures, textOf } from '../../support/html.ts';
import { built, ROOT, SITE_NAMES } from '../../support/sites.ts';

/** Tags a phone may write that must not be served. */
const PRIVATE = /^(title|artist|album|comment|date|creation_time|location.*|com\.apple\..*|encoder)$/i;

describe.each(SITE_NAMES)('narrations of the %s site', (name) => {
  const s = built(name);
  const pages = s.entries.flatMap((entry) => LANGS.map((lang) => ({ entry, lang, view: narrationFor(ROOT, entry, lang) })));
  const narrated = pages.filter((p) => p.view);

  it('offers each recording on tap only, with its transcript on the page and linked', () => {
    for (const { entry, lang, view } of narrated) {
      const html = s.read(s.entryPath(entry, lang));
      const audio = /<audio\b([^>]*)>(.*?)<\/audio>/s.exec(html);
      expect(audio, `${entry.dir} ${lang}`).not.toBeNull();
      expect(audio![1]).toMatch(/\spreload="none"/);
      const id = /\saria-describedby="([^"]+)"/.exec(audio![1]!)![1]!;
      const transcript = new RegExp(`<div id="${id}"[^>]*>(.*?)</div>`, 's').exec(html)![1]!;
      expect(textOf(transcript)).toBe(view!.transcript.join(' '));
      const sources = captures(audio![2]!, /<source src="([^"]+)"/g);
      expect(sources.map((src) => src.split('.').pop())).toEqual(['webm', 'm4a']);
      for (const src of sources) expect(s.exists(src), src).toBe(true);
      expect(html).toMatch(/\d+:\d\d, \d+ KB/);
    }
  });

  it.skipIf(!hasFfmpeg())('serves mono audio at ≤ 40 kbps without the phone’s metadata', async () => {
    for (const { entry, lang } of narrated) {
      const html = s.read(s.entryPath(entry, lang));
      for (const src of captures(html, /<source src="([^"]+)"/g)) {
        const file = join(s.dir, s.fileOf(src));
        const { bitRate, duration, tags } = await probe(file);
        expect(bitRate, src).toBeLessThanOrEqual(40_000);
        expect(duration).toBeGreaterThan(0);
        const leaked = Object.entries(tags).filter(([key, value]) => PRIVATE.test(key) && !/^Lav[cf]( libopus)?$/.test(value));
        expect(leaked, src).toEqual([]);
        const channels = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=channels', '-of', 'csv=p=0', file], {
          encoding: 'utf8',
        });
        expect(channels.trim(), src).toBe('1');
      }
    }
  });

  it('offers the machine voice, hidden without JavaScript, on every entry page without a recording', () => {
    for (const { entry, lang } of pages.filter((p) => !p.view)) {
      const html = s.read(s.entryPath(entry, lang));
      expect(html, entry.dir).toMatch(/<div class="listen" hidden/);
      expect(html).not.toContain('<audio');
    }
  });
});

describe('the test sites', () => {
  it('hold a recording with a location tag and an English one, so these checks bite', async () => {
    const views = SITE_NAMES.flatMap((n) => built(n).entries.flatMap((e) => LANGS.map((l) => narrationFor(ROOT, e, l))));
    expect(views.some((v) => v?.lang === 'en')).toBe(true);
    const tags = await Promise.all(views.filter((v) => v).map(async (v) => (await probe(v!.recording)).tags));
    expect(tags.some((t) => Object.keys(t).some((k) => /^location/.test(k)))).toBe(true);
  });
});
