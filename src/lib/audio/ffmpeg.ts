/**
 * The transcoder: Debian's `ffmpeg` (and its `ffprobe`), found on the PATH. The build needs it only
 * for narrations; without it the rest of the site builds and the volunteer is told what to install.
 * `LANGSO_FFMPEG=none` builds as a machine without it would (tests of the fallback).
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

let found: boolean | undefined;

/** Whether `ffmpeg` and `ffprobe` run on this machine. */
export function hasFfmpeg(): boolean {
  if (process.env['LANGSO_FFMPEG'] === 'none') return false;
  found ??= ['ffmpeg', 'ffprobe'].every((bin) => spawnSync(bin, ['-version'], { stdio: 'ignore' }).status === 0);
  return found;
}

/** Runs ffmpeg quietly; rejects with its error output. */
export async function ffmpeg(args: string[]): Promise<void> {
  await promisify(execFile)('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', ...args]);
}

/** What ffprobe says of an audio file: its duration (s), its bit rate (bit/s) and its tags. */
export interface Probe {
  duration: number;
  bitRate: number;
  tags: Record<string, string>;
}

/** Probes an audio file with ffprobe. */
export async function probe(file: string): Promise<Probe> {
  const args = ['-v', 'error', '-show_entries', 'format=duration,bit_rate:format_tags:stream_tags', '-of', 'json', file];
  const { stdout } = await promisify(execFile)('ffprobe', args);
  const json = JSON.parse(stdout) as {
    format: { duration: string; bit_rate: string; tags?: Record<string, string> };
    streams?: { tags?: Record<string, string> }[];
  };
  const tags = Object.assign({}, json.format.tags, ...(json.streams ?? []).map((s) => s.tags ?? {}));
  return { duration: Number(json.format.duration), bitRate: Number(json.format.bit_rate), tags };
}
