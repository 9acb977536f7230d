/**
 * A narration made light for the web: Opus in WebM at ~24 kbps mono, and AAC in MP4 at ~32 kbps for
 * the browsers that play no WebM (older Safari), both without any of the phone's metadata. Each
 * recording is transcoded once: the files are kept in the build's cache under a digest of the
 * recording's bytes and of these settings, and a process shares one transcoding per recording.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ffmpeg, probe } from './ffmpeg.ts';

/** The two web versions, in the order a page offers them. */
export const FORMATS = [
  { ext: 'webm', type: 'audio/webm; codecs=opus', codec: ['-c:a', 'libopus', '-b:a', '24k', '-application', 'voip', '-f', 'webm'] },
  { ext: 'm4a', type: 'audio/mp4', codec: ['-c:a', 'aac', '-b:a', '28k', '-ar', '22050', '-movflags', '+faststart', '-f', 'mp4'] },
] as const;
export type Format = (typeof FORMATS)[number];

// Mono, the first audio stream only, and nothing of the phone's: no tags, chapters or cover picture;
// bit-exact so that not even the encoder's name and version are written.
const COMMON = ['-map', '0:a:0', '-ac', '1', '-map_metadata', '-1', '-map_chapters', '-1', '-fflags', '+bitexact', '-flags:a', '+bitexact'];
/** Raise when the settings above change: every narration is then transcoded again. */
const SETTINGS = `1 ${JSON.stringify([COMMON, FORMATS])}`;

/** One web version of a recording. */
export interface AudioFile {
  ext: Format['ext'];
  type: string;
  /** The cached file. */
  path: string;
  bytes: number;
}

/** A recording's web versions, its length, and the name they are served under (`<key>.webm`, `<key>.m4a`). */
export interface WebAudio {
  key: string;
  duration: number;
  files: AudioFile[];
}

/** The cache key of a recording: its bytes and the settings. */
export const audioKey = (recording: string): string =>
  createHash('sha256').update(SETTINGS).update(readFileSync(recording)).digest('hex').slice(0, 20);

const SHARED = Symbol.for('lang-so.web-audio');
const jobs = ((globalThis as Record<symbol, unknown>)[SHARED] ??= new Map()) as Map<string, Promise<WebAudio>>;

/** The web versions of a recording, transcoded once per cache (and once per process). */
export function webAudio(recording: string, cacheDir: string): Promise<WebAudio> {
  const key = audioKey(recording);
  let job = jobs.get(key);
  if (!job) jobs.set(key, (job = cachedOrMade(recording, key, cacheDir)));
  return job;
}

async function cachedOrMade(recording: string, key: string, cacheDir: string): Promise<WebAudio> {
  const folder = join(cacheDir, key);
  const files = FORMATS.map((f) => ({ ext: f.ext, type: f.type, path: join(folder, `${key}.${f.ext}`) }));
  const meta = join(folder, 'duration.json');
  if (!existsSync(meta)) {
    const temp = `${folder}.${process.pid}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    for (const f of FORMATS) await ffmpeg(['-i', recording, ...COMMON, ...f.codec, join(temp, `${key}.${f.ext}`)]);
    const { duration } = await probe(join(temp, `${key}.webm`));
    writeFileSync(join(temp, 'duration.json'), JSON.stringify(duration));
    rmSync(folder, { recursive: true, force: true });
    renameSync(temp, folder);
  }
  const duration = JSON.parse(readFileSync(meta, 'utf8')) as number;
  return { key, duration, files: files.map((f) => ({ ...f, bytes: statSync(f.path).size })) };
}

const DIR = Symbol.for('lang-so.audio-cache');
const shared = globalThis as Record<symbol, string | undefined>;

/** Sets where web audio is kept (the integration passes Astro's cache folder). */
export const setAudioCacheDir = (dir: string): void => void (shared[DIR] = dir);

/** Where web audio is kept: the build's cache folder, else `node_modules/.astro/lang-so-audio`. */
export const audioCacheDir = (root = process.cwd()): string => shared[DIR] ?? join(root, 'node_modules/.astro/lang-so-audio');
