/**
 * The building blocks every kind of entry shares: codes, phone numbers, dates, consent, people,
 * map positions, photos, and the fields at the top of every `vi.md`. The kinds' own schemas
 * (`schema.ts`, `schema-homestay.ts`, `schema-guide.ts`) are assembled from these.
 */
import { z } from 'zod';
import { toE164 } from './phone.ts';
import { narrationSchema } from './narration-schema.ts';
/** What community digital-technology teams help with; teams list theirs, guides name theirs. */
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
/** A team member's role. */
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
export const dateSchema = z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))], { error: 'badDate' });

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
export const imageSchema = z.strictObject({
  /** The photo file beside `vi.md`. @example ./cong-den.jpg */
  src: z.string().min(1),
  /** What the photo shows, for readers who cannot see it. @example "Cổng đền nhìn từ sân" */
  alt: z.string().trim().default(''),
});
/** A list of photos, empty by default. */
export const images = z.array(imageSchema).default([]);
/** A required text: trimmed, not empty. */
export const text = z.string().trim().min(1);

/** The fields at the top of every entry's `vi.md`, whatever its kind. */
export const common = {
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

/** `en.md`: only the words, never the shared facts (those live in `vi.md`). */
export const translationCommon = {
  /** The English name. @example "Chu Van An Temple" */
  title: text,
  /** The English summary; the Vietnamese one stands in, marked, when it is missing. */
  summary: text.optional(),
  /** English descriptions of the photos of `vi.md`, matched by `src`. */
  images: z.array(imageSchema).default([]),
  /** An English recording and its transcript; without it the English page offers the Vietnamese one. */
  narration: narrationSchema.optional(),
};
