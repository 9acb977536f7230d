/**
 * Checks of an entry's inscriptions and narrations against its folder: an inscription's photo is
 * one of the entry's images, its reading and meaning follow the original line by line, `en.md`
 * has no more inscriptions than `vi.md`; a recording exists, is a recording, and has its transcript.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../entries.ts';
import type { LineOf } from '../frontmatter.ts';
import { RECORDING, transcriptOf, type Narration } from '../narration-schema.ts';
import type { Problem } from '../problems.ts';
import { at } from '../text-checks.ts';

/** Every problem of the entry's inscriptions and narrations. */
export function checkMedia(root: string, entry: Entry, lineOfVi: LineOf, lineOfEn?: LineOf): Problem[] {
  const vi = { file: `${entry.dir}/vi.md`, lineOf: lineOfVi };
  const en = { file: `${entry.dir}/en.md`, lineOf: lineOfEn };
  return [
    ...checkInscriptions(entry, vi, en),
    ...(entry.data.narration ? checkNarration(root, entry.dir, entry.data.narration, vi) : []),
    ...(entry.en?.narration ? checkNarration(root, entry.dir, entry.en.narration, en) : []),
  ];
}

type Where = { file: string; lineOf: LineOf | undefined };

function checkInscriptions(entry: Entry, vi: Where, en: Where): Problem[] {
  if (entry.kind !== 'relic') return [];
  const problems: Problem[] = [];
  const list = entry.data.inscriptions ?? [];
  list.forEach((inscription, i) => {
    const src = inscription.photo;
    if (src && !entry.data.images.some((image) => image.src === src))
      problems.push({ severity: 'error', ...at(vi, ['inscriptions', i, 'photo']), key: 'inscriptionPhoto', values: { src } });
    for (const part of ['reading', 'meaning'] as const) {
      const [count, lines] = [inscription[part].length, inscription.original.length];
      if (count !== lines && lines > 1)
        problems.push({
          severity: 'warning',
          ...at(vi, ['inscriptions', i, part]),
          key: 'inscriptionLines',
          values: { part, count, lines },
        });
    }
  });
  const translated = entry.en?.inscriptions?.length ?? 0;
  if (translated > list.length)
    problems.push({
      severity: 'warning',
      ...at(en, ['inscriptions']),
      key: 'inscriptionEnExtra',
      values: { en: translated, vi: list.length },
    });
  return problems;
}

function checkNarration(root: string, dir: string, narration: Narration, where: Where): Problem[] {
  const { src } = narration;
  const here = { ...at(where, ['narration', 'src']), values: { src } };
  if (!RECORDING.test(src)) return [{ severity: 'error', ...here, key: 'narrationFormat' }];
  if (!existsSync(join(root, dir, src))) return [{ severity: 'error', ...here, key: 'narrationMissing' }];
  const transcript = transcriptOf(narration);
  if (existsSync(join(root, dir, transcript))) return [];
  const field = narration.transcript ? 'transcript' : 'src';
  return [{ severity: 'error', ...at(where, ['narration', field]), key: 'transcriptMissing', values: { src, transcript } }];
}
