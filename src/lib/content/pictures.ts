/**
 * Every picture file an entry names: its photos, and for a guide the screenshots of its steps. The
 * photo checks look at each, the loader hands each to Astro's image pipeline.
 */
import type { Entry } from './entries.ts';

/** A picture file named in `vi.md`, with the field path it is named at. */
export interface Picture {
  src: string;
  path: (string | number)[];
}

/** The photos of an entry, then (guides) the screenshots of its steps, in step order. */
export function picturesOf(entry: Entry): Picture[] {
  const photos = entry.data.images.map((image, i): Picture => ({ src: image.src, path: ['images', i, 'src'] }));
  return [...photos, ...screenshotsOf(entry)];
}

/** The screenshots of a guide's steps, in step order; none for other kinds. */
export function screenshotsOf(entry: Entry): Picture[] {
  if (entry.kind !== 'guide') return [];
  return entry.data.steps.flatMap((step, i): Picture[] =>
    step.image ? [{ src: step.image.src, path: ['steps', i, 'image', 'src'] }] : [],
  );
}
