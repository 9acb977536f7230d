/**
 * The content format: what volunteers may write in `vi.md`, `en.md` and `site.yaml`.
 * This is a user interface — field names are short, English, and documented in the templates.
 * Schemas are strict: an unknown field is an error (it is almost always a typo).
 */
import { z } from 'zod';
import {
  codeSchema,
  common,
  locationSchema,
  personSchema,
  phoneSchema,
  SERVICES,
  text,
  translationCommon,
  type consentSchema,
} from './schema-fields.ts';
import { festivalSchema, festivalTranslationSchema } from './festival-schema.ts';
import { inscriptions, inscriptionTranslations } from './inscription-schema.ts';
import { homestaySchema, homestayTranslationSchema } from './schema-homestay.ts';
import { guideSchema, guideTranslationSchema } from './schema-guide.ts';

export * from './schema-fields.ts';
export * from './schema-homestay.ts';
export * from './schema-guide.ts';

export const KINDS = ['relic', 'product', 'team', 'homestay', 'guide'] as const;
export type Kind = (typeof KINDS)[number];
/** Folder under `content/` for each kind. */
export const KIND_DIRS: Record<Kind, string> = {
  relic: 'relics',
  product: 'products',
  team: 'teams',
  homestay: 'homestays',
  guide: 'guides',
};

export const RANKS = ['special-national', 'national', 'provincial', 'unranked'] as const;

export const relicSchema = z.strictObject({
  ...common,
  /**
   * What the plaque says under the names when the summary is too long for it: a sentence or two
   * (`npm run check` says when it will not fit); without it the plaque prints the summary's first sentences.
   * @example "Đền thờ Hưng Đạo Đại Vương Trần Quốc Tuấn; chính hội ngày 20 tháng 8 âm lịch."
   */
  plaque: text.optional(),
  /** Heritage ranking: `special-national`, `national`, `provincial` or `unranked` (default). */
  rank: z.enum(RANKS).default('unranked'),
  /** Where it is, as a visitor would ask the way. @example "Núi Phượng Hoàng, phường Chu Văn An" */
  address: text,
  /** Map position, decimal degrees. @example { lat: 21.1, lng: 106.4 } */
  location: locationSchema.optional(),
  /** Opening hours in words. @example "7:00–17:00 hằng ngày" */
  hours: text.optional(),
  /** The festival and when it is held, in words. @example "Lễ hội mùa xuân, mùng 6 tháng Giêng" */
  festival: text.optional(),
  /** Yearly festivals by date, shown as their coming solar days (festival-schema.ts). @example [{ name: "Giỗ Đức Thánh Trần", lunar: 20/8 }] */
  festivals: z.array(festivalSchema).optional(),
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
  /** Câu đối, hoành phi, văn bia, sắc phong: original, reading, meaning (see inscription-schema.ts). */
  inscriptions,
});

export const productSchema = z.strictObject({
  ...common,
  /**
   * What the plaque says under the names when the summary is too long for it: a sentence or two
   * (`npm run check` says when it will not fit); without it the plaque prints the summary's first sentences.
   * @example "Đền thờ Hưng Đạo Đại Vương Trần Quốc Tuấn; chính hội ngày 20 tháng 8 âm lịch."
   */
  plaque: text.optional(),
  /** Months of the year when it is sold, 1–12. */
  season: z.array(z.number().int().min(1).max(12)).default([]),
  /** A word on the season. @example "Ngon nhất vào tuần đầu tháng Sáu" */
  seasonNote: text.optional(),
  /** OCOP rating, 1–5 stars, when the product has one. */
  ocop: z.number().int().min(1).max(5).optional(),
  /** Shops and markets that sell it. @example [{ name: "Chợ Thanh Hà", address: "Thị trấn Thanh Hà" }] */
  places: z
    .array(
      z.strictObject({
        /** The shop or market. */
        name: text,
        /** Where it is. */
        address: text.optional(),
      }),
    )
    .default([]),
  /** Online shops. @example [{ name: "Gian hàng trên Postmart", url: https://postmart.vn/... }] */
  online: z
    .array(
      z.strictObject({
        /** The shop's name as shown on the link. */
        name: text,
        /** Its full address, starting with https://. */
        url: z.url(),
      }),
    )
    .default([]),
  /** Who sells it; their number is published only with their consent. */
  seller: personSchema.optional(),
  /** Yearly festivals or fairs by date, e.g. a harvest festival. @example [{ name: "Hội vải", solar: 10/6 }] */
  festivals: z.array(festivalSchema).optional(),
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
});

export const teamSchema = z.strictObject({
  ...common,
  /** The team's shared or duty number: an organisation's number, always published. */
  phone: phoneSchema.optional(),
  /** Whether the team's number answers on Zalo. */
  zalo: z.boolean().default(false),
  /** When people can come for help. @example "Tối thứ Bảy, 19:00–21:00" */
  schedule: text,
  /** Where the team helps. @example "Nhà văn hoá thôn Thúy Lâm" */
  place: text,
  /** What the team helps with, from the list `SERVICES` (vneid, public-services, cashless…). */
  services: z.array(z.enum(SERVICES)).min(1),
  /** Members; each number is published only with that person's consent. */
  members: z.array(personSchema).default([]),
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
});

export const translationSchemas = {
  relic: z.strictObject({
    ...translationCommon,
    /** The plaque text in English, when the English summary is too long for the plaque. */
    plaque: text.optional(),
    /** The address in English words. */
    address: text.optional(),
    /** Opening hours in English. */
    hours: text.optional(),
    /** The festival in English. */
    festival: text.optional(),
    /** English names of the festivals of `vi.md`, matched by date. */
    festivals: z.array(festivalTranslationSchema).optional(),
    /** The inscriptions' meaning and place in English, in the order of `vi.md`. */
    inscriptions: inscriptionTranslations,
  }),
  product: z.strictObject({
    ...translationCommon,
    /** The plaque text in English, when the English summary is too long for the plaque. */
    plaque: text.optional(),
    /** The word on the season, in English. */
    seasonNote: text.optional(),
    /** English names of the festivals of `vi.md`, matched by date. */
    festivals: z.array(festivalTranslationSchema).optional(),
  }),
  team: z.strictObject({
    ...translationCommon,
    /** When the team helps, in English. */
    schedule: text.optional(),
    /** Where the team helps, in English. */
    place: text.optional(),
  }),
  homestay: homestayTranslationSchema,
  guide: guideTranslationSchema,
};

export const entrySchemas = { relic: relicSchema, product: productSchema, team: teamSchema, homestay: homestaySchema, guide: guideSchema };

export type RelicData = z.infer<typeof relicSchema>;
export type ProductData = z.infer<typeof productSchema>;
export type TeamData = z.infer<typeof teamSchema>;
export type Person = z.infer<typeof personSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Translation<K extends Kind> = z.infer<(typeof translationSchemas)[K]>;
