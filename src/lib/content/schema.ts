/**
 * The content format: what volunteers may write in `vi.md`, `en.md` and `site.yaml`.
 * This is a user interface — field names are short, English, and documented in the templates.
 * Schemas are strict: an unknown field is an error (it is almost always a typo).
 */
import { z } from 'zod';
import { toE164 } from '../people/phone.ts';

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
  date: dateSchema,
  how: z.string().min(1),
  /** Date consent was withdrawn: the number disappears at the next build. */
  withdrawn: dateSchema.optional(),
});

/** A person: team member or product seller. */
export const personSchema = z.strictObject({
  name: z.string().min(1),
  role: z.enum(ROLES).default('member'),
  phone: phoneSchema.optional(),
  zalo: z.boolean().default(false),
  consent: consentSchema.optional(),
});

/** Vietnam's rough bounding box: what a map pin of a hamlet must fall inside. */
export const VIETNAM = { lat: [8, 24], lng: [102, 118] } as const;
const inside = (value: number, [min, max]: readonly [number, number]): boolean => value >= min && value <= max;

/** A map position; swapped lat/lng (the commonest slip when copying from a map) is named as such. */
export const locationSchema = z.strictObject({ lat: z.number(), lng: z.number() }).superRefine(({ lat, lng }, ctx) => {
  if (inside(lat, VIETNAM.lat) && inside(lng, VIETNAM.lng)) return;
  if (inside(lng, VIETNAM.lat) && inside(lat, VIETNAM.lng)) {
    ctx.addIssue({ code: 'custom', message: 'latLngSwapped', input: `${lat}, ${lng}` });
    return;
  }
  if (!inside(lat, VIETNAM.lat)) ctx.addIssue({ code: 'custom', message: 'lat', path: ['lat'], input: lat });
  if (!inside(lng, VIETNAM.lng)) ctx.addIssue({ code: 'custom', message: 'lng', path: ['lng'], input: lng });
});

/** A photo; its alt text is checked in text-checks.ts (required in vi.md, a warning in en.md) for a message with the line. */
const imageSchema = z.strictObject({ src: z.string().min(1), alt: z.string().trim().default('') });
const images = z.array(imageSchema).default([]);
const text = z.string().trim().min(1);

const common = {
  code: codeSchema,
  title: text,
  summary: text,
  /** Which commune/ward of `site.yaml` the entry belongs to. */
  area: z.string().min(1),
  images,
};

export const relicSchema = z.strictObject({
  ...common,
  rank: z.enum(RANKS).default('unranked'),
  address: text,
  location: locationSchema.optional(),
  hours: text.optional(),
  festival: text.optional(),
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
});

export const productSchema = z.strictObject({
  ...common,
  /** Months of the year when it is sold, 1–12. */
  season: z.array(z.number().int().min(1).max(12)).default([]),
  seasonNote: text.optional(),
  ocop: z.number().int().min(1).max(5).optional(),
  places: z.array(z.strictObject({ name: text, address: text.optional() })).default([]),
  online: z.array(z.strictObject({ name: text, url: z.url() })).default([]),
  seller: personSchema.optional(),
  aliases: z.array(codeSchema).default([]),
});

export const teamSchema = z.strictObject({
  ...common,
  /** The team's shared or duty number: an organisation's number, always published. */
  phone: phoneSchema.optional(),
  zalo: z.boolean().default(false),
  schedule: text,
  place: text,
  services: z.array(z.enum(SERVICES)).min(1),
  members: z.array(personSchema).default([]),
  aliases: z.array(codeSchema).default([]),
});

/** `en.md`: only the words, never the shared facts (those live in `vi.md`). */
const translationCommon = {
  title: text,
  summary: text.optional(),
  images: z.array(imageSchema).default([]),
};
export const translationSchemas = {
  relic: z.strictObject({ ...translationCommon, address: text.optional(), hours: text.optional(), festival: text.optional() }),
  product: z.strictObject({ ...translationCommon, seasonNote: text.optional() }),
  team: z.strictObject({ ...translationCommon, schedule: text.optional(), place: text.optional() }),
};

export const entrySchemas = { relic: relicSchema, product: productSchema, team: teamSchema };

const bilingual = z.strictObject({ vi: text, en: text });
export const plaqueSizes = ['A6', 'A5', 'A4'] as const;
/** A paper size of its own, in millimetres; `meta` words the message when a size is wrong. */
const paperMm = z
  .strictObject({ width: z.number().positive(), height: z.number().positive() })
  .meta({ unit: 'mm', examples: [{ width: 100, height: 150 }] });

/** `content/site.yaml`. */
export const siteSchema = z.strictObject({
  name: bilingual,
  tagline: bilingual.optional(),
  /** Where the site is published, with its sub-path if any. @example https://example.github.io/lang-so/ */
  baseUrl: z.url().transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  province: bilingual,
  areas: z
    .array(
      z.strictObject({
        /** Lower-case ASCII, as entries write it in `area:`. @example xa-dong-ha */
        id: z.string().regex(/^[a-z0-9-]+$/, { error: 'areaId' }),
        name: bilingual,
        hamlets: z.array(z.string()).default([]),
      }),
    )
    .min(1),
  plaque: z
    .strictObject({
      size: z.union([z.enum(plaqueSizes), paperMm]).default('A5'),
      orientation: z.enum(['portrait', 'landscape']).default('portrait'),
      bleed: z.boolean().default(false),
      /** Metres from which a reader is expected to scan the plaque. */
      scanDistance: z.number().positive().default(1),
      errorCorrection: z.enum(['L', 'M', 'Q', 'H']).default('H'),
      /** Paper of team and heritage-trail posters. */
      poster: z.enum(['A4', 'A3']).default('A4'),
    })
    .prefault({}),
});

export type Site = z.infer<typeof siteSchema>;
export type RelicData = z.infer<typeof relicSchema>;
export type ProductData = z.infer<typeof productSchema>;
export type TeamData = z.infer<typeof teamSchema>;
export type Person = z.infer<typeof personSchema>;
export type Consent = z.infer<typeof consentSchema>;
export type Translation<K extends Kind> = z.infer<(typeof translationSchemas)[K]>;
