/**
 * The narrations' web audio, `/audio/<digest>.webm` (Opus) and `.m4a` (AAC), transcoded once into
 * the build's cache. Without ffmpeg there are none: nothing unplayable is copied.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../collections/store.ts';
import { hasFfmpeg } from '../../lib/audio/ffmpeg.ts';
import { recordings } from '../../lib/audio/narration.ts';
import { audioCacheDir, webAudio } from '../../lib/audio/web-audio.ts';

export const getStaticPaths = (async () => {
  if (!hasFfmpeg()) return [];
  const { pages } = await loadContent();
  const audio = await Promise.all(
    recordings(
      process.cwd(),
      pages.map((p) => p.entry),
    ).map((r) => webAudio(r, audioCacheDir())),
  );
  return audio.flatMap((a) => a.files.map((f) => ({ params: { name: `${a.key}.${f.ext}` }, props: { path: f.path }, cacheKey: a.key })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(readFileSync((props as { path: string }).path));
