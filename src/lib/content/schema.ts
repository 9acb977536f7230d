/**
 * The content format: what volunteers may write in `vi.md`, `en.md` and `site.yaml`.
 * This is a user interface — field names are short, English, and documented in the templates.
 * Schemas are strict: an unknown field is an error (it is almost always a typo).
 */
import { z } from 'zod';
import { toE164 } from './phone.ts';
import { festivalSchema, festivalTranslationSchema } from './festival-schema.ts';
import { inscriptions, inscriptionTranslations } from './inscription-schema.ts';
import { narrationSchema } from './narration-schema.ts';

export const KINDS = ['relic', 'product', 'team'] as const;
export type Kind = (typeof KINDS)[number];
/** Folder under `content/` for each kind. */
export const KIND_DIRS: Record<Kind, string> = { relic: 'relics', product: 'products', team: 'teams' };

export const RANKS = ['special-national', 'national', 'provincial', 'unranked'] as const;
export const SERVICES = [
  'vneid',
  'public-services',
  'cashless',
  'e-commerce',
  'digital-signature',
  '4g',
  'online-safety',
  'social-insurance',
  'e-health',
] as const;
export const ROLES = ['leader', 'deputy', 'secretary', 'member'] as const;

/** A permanent short code: letters and digits, printed in QR codes. @example `dt01` */
export const codeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]{1,11}$/i, { message: 'code' })
  .transform((c) => c.toLowerCase());

/** A phone number as volunteers type it; becomes E.164 digits (`84912345678`). */
export const phoneSchema = z.union([z.string(), z.number()], { error: 'phone' }).transform((value, ctx) => {
  const e164 = toE164(value);
  if (!e164) {
    // An unquoted number lost its leading 0 in YAML: quote it back as the volunteer typed it.
    ctx.addIssue({ code: 'custom', message: 'phone', input: typeof value === 'number' ? `0${value}` : value });
    return z.NEVER;
  }
  return e164;
});

/** A day as `2026-03-26`; anything else that is not text (a number, a list) is named a bad date. */
const dateSchema = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))], { error: 'badDate' });

/**
 * Consent to publish a person's own number (Law 91/2025/QH15): specific, dated, withdrawable.
 * @example { phone: true, print: true, date: 2026-03-26, how: "ký giấy đồng ý" }
 */
export const consentSchema = z.strictObject({
  /** Publish the number on the website and in the vCard. */
  phone: z.boolean(),
  /** Also print it on posters (a printed poster cannot be recalled). */
  print: z.boolean().default(false),
  /** When consent was given. @example 2026-03-26 */
  date: dateSchema,
  /** How it was recorded. @example "ký giấy đồng ý tại nhà văn hoá" */
  how: z.string().min(1),
  /** Date consent was withdrawn: the number disappears at the next build. */
  withdrawn: dateSchema.optional(),
});

/** A person: team member or product seller. */
export const personSchema = z.strictObject({
  /** Full name in Vietnamese order. @example "Nguyễn Thị Hoa" */
  name: z.string().min(1),
  /** Role in the team: `leader`, `deputy`, `secretary` or `member` (default). */
  role: z.enum(ROLES).default('member'),
  /** Their own number; published only with `consent`. @example "0912 345 678" */
  phone: phoneSchema.optional(),
  /** Whether the number can be reached on Zalo (adds a "message on Zalo" link). */
  zalo: z.boolean().default(false),
  /** The recorded consent to publish `phone`; without it the number stays private. */
  consent: consentSchema.optional(),
});

/** Vietnam's rough bounding box: what a map pin of a hamlet must fall inside. */
export const VIETNAM = { lat: [8, 24], lng: [102, 118] } as const;
const inside = (value: number, [min, max]: readonly [number, number]): boolean => value >= min && value <= max;

/** A map position; swapped lat/lng (the commonest slip when copying from a map) is named as such. */
export const locationSchema = z
  .strictObject({
    /** Latitude, north: 8–24 in Vietnam. @example 21.1104 */
    lat: z.number(),
    /** Longitude, east: 102–118 in Vietnam. @example 106.3969 */
    lng: z.number(),
  })
  .superRefine(({ lat, lng }, ctx) => {
    if (inside(lat, VIETNAM.lat) && inside(lng, VIETNAM.lng)) return;
    if (inside(lng, VIETNAM.lat) && inside(lat, VIETNAM.lng)) {
      ctx.addIssue({ code: 'custom', message: 'latLngSwapped', input: `${lat}, ${lng}` });
      return;
    }
    if (!inside(lat, VIETNAM.lat)) ctx.addIssue({ code: 'custom', message: 'lat', path: ['lat'], input: lat });
    if (!inside(lng, VIETNAM.lng)) ctx.addIssue({ code: 'custom', message: 'lng', path: ['lng'], input: lng });
  });

/** A photo; its alt text is checked in text-checks.ts (required in vi.md, a warning in en.md) for a message with the line. */
const imageSchema = z.strictObject({
  /** The photo file beside `vi.md`. @example ./cong-den.jpg */
  src: z.string().min(1),
  /** What the photo shows, for readers who cannot see it. @example "Cổng đền nhìn từ sân" */
  alt: z.string().trim().default(''),
});
const images = z.array(imageSchema).default([]);
/** A required text: trimmed, not empty. */
export const text = z.string().trim().min(1);

const common = {
  /** The permanent short code printed in the QR; never changed, never reused. @example dt01 */
  code: codeSchema,
  /** The name as people say it. @example "Đền Chu Văn An" */
  title: text,
  /** One or two sentences: shown under the title, in lists, search results and on the plaque. */
  summary: text,
  /** Which commune/ward of `site.yaml` the entry belongs to (its `id`). @example chu-van-an */
  area: z.string().min(1),
  /** Photos, the first one on top of the page and in lists. */
  images,
  /** A spoken story: a phone recording beside `vi.md` and its transcript. @example { src: ./thuyet-minh.m4a } */
  narration: narrationSchema.optional(),
};

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

/** `en.md`: only the words, never the shared facts (those live in `vi.md`). */
const translationCommon = {
  /** The English name. @example "Chu Van An Temple" */
  title: text,
  /** The English summary; the Vietnamese one stands in, marked, when it is missing. */
  summary: text.optional(),
  /** English descriptions of the photos of `vi.md`, matched by `src`. */
  images: z.array(imageSchema).default([]),
  /** An English recording and its transcript; without it the English page offers the Vietnamese one. */
  narration: narrationSchema.optional(),
};
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
};

export const entrySchemas = { relic: relicSchema, product: productSchema, team: teamSchema };

export type RelicData = z.infer<typeof relicSchema>;
export type ProductData = z.infer<typeof productSchema>;
export type TeamData = z.infer<typeof teamSchema>;
export type Person = z.infer<typeof personSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Translation<K extends Kind> = z.infer<(typeof translationSchemas)[K]>;
