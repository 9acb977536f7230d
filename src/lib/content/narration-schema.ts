/**
 * A spoken narration of an entry: a phone recording in the entry's folder and its transcript, so
 * that a reader who cannot hear it reads the same words. `vi.md` names the Vietnamese recording;
 * `en.md` may name an English one (without it the English page offers the Vietnamese, marked).
 */
import { z } from 'zod';

/** Recording formats a phone makes that the build can turn into web audio. */
export const RECORDING = /\.(m4a|mp3|ogg|oga|opus|wav|amr|aac|3gp|webm)$/i;

/** `narration:` in `vi.md` or `en.md`. */
export const narrationSchema = z.strictObject({
  /** The recording beside `vi.md`: m4a, mp3, ogg, wav or amr, as the phone saved it. @example ./thuyet-minh.m4a */
  src: z.string().min(1),
  /** A text file with every word said, beside `vi.md`; defaults to the recording's name ending in `.txt`. @example ./thuyet-minh.txt */
  transcript: z.string().min(1).optional(),
  /** Who speaks, or how it was made. @example "Cụ Nguyễn Văn Bình, thủ từ của đền" */
  voice: z.string().trim().min(1).optional(),
});

export type Narration = z.infer<typeof narrationSchema>;

/** The transcript file of a narration: the one named, or the recording's name with `.txt`. */
export const transcriptOf = (n: Narration): string => n.transcript ?? n.src.replace(/\.[^./\\]+$/, '.txt');
