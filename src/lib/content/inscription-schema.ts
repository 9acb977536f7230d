/**
 * Hán-Nôm inscriptions of a relic — câu đối, hoành phi, văn bia, sắc phong — as volunteers write
 * them in `vi.md` (the original, its reading, its meaning, where it hangs, a photo) and `en.md`
 * (the meaning and the place in English, in the same order). Text is kept in reading order.
 */
import { z } from 'zod';

/** Kinds of inscription: câu đối, hoành phi, văn bia, sắc phong. */
export const INSCRIPTION_KINDS = ['couplet', 'board', 'stele', 'decree'] as const;
/** Scripts: `han` (Classical Chinese, `lang="lzh"`) or `nom` (Vietnamese in Nôm, `lang="vi-Hani"`). */
export const SCRIPTS = ['han', 'nom'] as const;
export type Script = (typeof SCRIPTS)[number];
/** The BCP 47 tag each script is marked up with. */
export const SCRIPT_LANG: Record<Script, string> = { han: 'lzh', nom: 'vi-Hani' };

/** One line, or a list of lines (a couplet's two sentences, a stele's lines), in reading order. */
const lines = z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)]).transform((v) =>
  Array.isArray(v)
    ? v
    : v
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
);

/** An inscription in `vi.md`: the facts and the Vietnamese words. */
export const inscriptionSchema = z.strictObject({
  /** `couplet` (câu đối), `board` (hoành phi), `stele` (văn bia) or `decree` (sắc phong). */
  kind: z.enum(INSCRIPTION_KINDS),
  /** `han` (chữ Hán, the default) or `nom` (chữ Nôm). */
  script: z.enum(SCRIPTS).default('han'),
  /** The characters as carved or painted, in reading order; a couplet as two lines. @example ["萬劫有山皆劍氣", "六頭無水不秋聲"] */
  original: lines,
  /** The Sino-Vietnamese reading (phiên âm), line by line. @example ["Vạn Kiếp hữu sơn giai kiếm khí", "Lục Đầu vô thủy bất thu thanh"] */
  reading: lines,
  /** Its meaning in Vietnamese (dịch nghĩa), line by line. */
  meaning: lines,
  /** Where it hangs or stands. @example "Hai cột đá trước tiền tế" */
  place: z.string().trim().min(1).optional(),
  /** A photo of it: one of the entry's `images` (its `alt` is used). @example ./cau-doi.jpg */
  photo: z.string().min(1).optional(),
  /** Show a couplet in columns, top to bottom and right to left, as it hangs (default for couplets). */
  vertical: z.boolean().optional(),
});

/** An inscription in `en.md`, matched to `vi.md`'s by its place in the list. */
export const inscriptionTranslationSchema = z.strictObject({
  /** Its meaning in English, line by line. */
  meaning: lines,
  /** Where it hangs, in English. @example "The two stone pillars before the front hall" */
  place: z.string().trim().min(1).optional(),
});

/** A relic's inscriptions (`vi.md`). */
export const inscriptions = z.array(inscriptionSchema).optional();
/** Their English words (`en.md`), in the same order. */
export const inscriptionTranslations = z.array(inscriptionTranslationSchema).optional();

export type Inscription = z.infer<typeof inscriptionSchema>;
export type InscriptionTranslation = z.infer<typeof inscriptionTranslationSchema>;

/** Whether an inscription is shown in columns: couplets unless told otherwise. */
export const isVertical = (i: Inscription): boolean => i.vertical ?? i.kind === 'couplet';
