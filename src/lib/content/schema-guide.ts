/**
 * Step-by-step guides: the help the teams give (VNeID, online public services, paying by QR,
 * selling online, 2G→4G), written down so that a visitor can follow it at home and call the team
 * when stuck. Apps change, so every guide says when it was last checked against the real service.
 */
import { z } from 'zod';
import { codeSchema, common, dateSchema, SERVICES, text, translationCommon } from './schema-fields.ts';

/** A screenshot of a step; its description is required (readers who cannot see it, and print). */
export const screenshotSchema = z.strictObject({
  /** The picture file beside `vi.md`. @example ./buoc-2.png */
  src: z.string().min(1),
  /** What the screenshot shows. @example "Màn hình VNeID với nút Đăng ký màu đỏ" */
  alt: text,
});

/** One numbered step. @example { text: "Mở ứng dụng VNeID, bấm Đăng ký.", image: { src: ./buoc-1.png, alt: "…" } } */
export const stepSchema = z.strictObject({
  /** One short sentence: what to do. @example "Mở ứng dụng VNeID và bấm “Đăng ký”." */
  text,
  /** An optional screenshot of the step. */
  image: screenshotSchema.optional(),
});

/** A problem people often meet, and its fix. @example { problem: "Không nhận được mã OTP", fix: "Chờ 2 phút rồi bấm Gửi lại" } */
export const troubleSchema = z.strictObject({
  /** What goes wrong, as people say it. @example "Không nhận được mã OTP" */
  problem: text,
  /** What to do about it. @example "Kiểm tra SIM đúng số đã đăng ký, chờ 2 phút rồi bấm Gửi lại mã." */
  fix: text,
});

export const guideSchema = z.strictObject({
  ...common,
  /** The services of `SERVICES` this guide is about: team pages offering one of them link it. @example [vneid] */
  services: z.array(z.enum(SERVICES)).min(1),
  /** Who it is for. @example "Công dân từ 14 tuổi có thẻ căn cước gắn chip" */
  audience: text,
  /** What to bring or have ready. @example ["Thẻ căn cước", "Điện thoại có mạng", "SIM chính chủ"] */
  bring: z.array(text).default([]),
  /** The steps, in order; each a short sentence with an optional screenshot. */
  steps: z.array(stepSchema).min(1),
  /** Common problems and their fix. */
  problems: z.array(troubleSchema).default([]),
  /** The code of the team to call (e.g. `td01`); left out, every team offering the service is listed. */
  team: codeSchema.optional(),
  /** The day someone last followed the guide on a phone and found it right. Older than a year: "needs re-checking". @example 2026-11-20 */
  checked: dateSchema,
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
});

/** `en.md` of a guide: the English words, lists matched to `vi.md`'s by position. */
export const guideTranslationSchema = z.strictObject({
  ...translationCommon,
  /** Who it is for, in English. */
  audience: text.optional(),
  /** What to bring, in English, in the order of `vi.md`. */
  bring: z.array(text).default([]),
  /** The steps in English, in the order of `vi.md`: each its sentence and, for a screenshot, its description. */
  steps: z
    .array(
      z.strictObject({
        /** The step in English. */
        text,
        /** The English description of the step's screenshot. */
        alt: text.optional(),
      }),
    )
    .default([]),
  /** The common problems in English, in the order of `vi.md`. */
  problems: z.array(troubleSchema).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
export type Step = z.infer<typeof stepSchema>;
