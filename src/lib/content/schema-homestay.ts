/**
 * Homestays and other places to stay: what a visitor needs to choose one and book it. Booking is
 * only links (Booking, Agoda, Airbnb, Facebook, Zalo, the host's own page) — no booking engine.
 * The site publishes; it does not license: a homestay must be registered under Luật Du lịch 2017.
 */
import { z } from 'zod';
import { codeSchema, common, consentSchema, locationSchema, phoneSchema, text, translationCommon } from './schema-fields.ts';

/** What the price includes or the house offers. */
export const INCLUDES = [
  'breakfast',
  'meals',
  'bicycles',
  'motorbikes',
  'guide',
  'pickup',
  'wifi',
  'air-conditioning',
  'kitchen',
  'parking',
] as const;
/** What a price is for: a room, a person, a bed in a shared room, or the whole house. */
export const PRICE_UNITS = ['room', 'person', 'bed', 'house'] as const;
/** Languages a host may speak, as two-letter codes; shown by name in the reader's language. */
export const STAY_LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ko', 'ja', 'de', 'ru', 'es', 'it', 'th', 'lo', 'km'] as const;

/**
 * The host: their own number is published only with recorded consent, as for team members.
 * @example { name: "Nguyễn Văn Bình", phone: "0912 345 678", zalo: true, consent: { phone: true, date: 2026-04-02, how: "ký giấy" } }
 */
export const hostSchema = z.strictObject({
  /** The host's name. @example "Nguyễn Văn Bình" */
  name: text,
  /** The number guests call to book; published only with `consent`. @example "0912 345 678" */
  phone: phoneSchema.optional(),
  /** Whether the number answers on Zalo (adds a "message on Zalo" link). */
  zalo: z.boolean().default(false),
  /** The recorded consent to publish `phone` (and `print: true` to print it on the plaque). */
  consent: consentSchema.optional(),
});

/** A price in đồng, written without dots (`350000`): YAML reads `350.000` as three hundred and fifty. */
const vnd = z.number().int({ message: 'priceVnd' }).min(10000, { message: 'priceVnd' });

/** Price per night in đồng. @example { from: 350000, to: 600000, per: room } */
export const priceSchema = z.strictObject({
  /** The lowest price a night, in đồng without dots. @example 350000 */
  from: vnd,
  /** The highest price a night, when prices differ. @example 600000 */
  to: vnd.optional(),
  /** What the price is for: `room` (default), `person`, `bed` or `house`. */
  per: z.enum(PRICE_UNITS).default('room'),
});

/** A place to book online. @example { url: https://www.booking.com/hotel/vn/... } */
export const bookingLinkSchema = z.strictObject({
  /** The full address of the listing, starting with https://. */
  url: z.url(),
  /** The name to show; left out, the site's name is taken from the address (Booking.com, Agoda…). */
  name: text.optional(),
});

export const homestaySchema = z.strictObject({
  ...common,
  /** Where it is, as a guest would ask the way. @example "Thôn Chi Ngãi, phường Cộng Hòa, Chí Linh" */
  address: text,
  /** Map position, decimal degrees: the homestay then shows on maps and nearby lists. @example { lat: 21.15, lng: 106.38 } */
  location: locationSchema.optional(),
  /** The host, whose number is published only with their consent. */
  host: hostSchema,
  /** How many rooms for guests. @example 4 */
  rooms: z.number().int().min(1).optional(),
  /** How many beds (or places to sleep) in all. @example 10 */
  beds: z.number().int().min(1).optional(),
  /** Price per night in đồng. @example { from: 350000, to: 600000 } */
  price: priceSchema.optional(),
  /** What is included or offered, from `INCLUDES` (breakfast, meals, bicycles, guide, pickup, wifi…). */
  includes: z.array(z.enum(INCLUDES)).default([]),
  /** Languages the host speaks, two-letter codes. @example [vi, en] */
  languages: z.array(z.enum(STAY_LANGUAGES)).default(['vi']),
  /** From when guests may arrive, in words. @example "từ 14:00" */
  checkIn: text.optional(),
  /** By when guests leave, in words. @example "trước 12:00" */
  checkOut: text.optional(),
  /** Where to book online: Booking, Agoda, Airbnb, Facebook, the host's own page. Links only. */
  book: z.array(bookingLinkSchema).default([]),
  /** A code retired from another entry that now points here (e.g. after a merge). */
  aliases: z.array(codeSchema).default([]),
});

/** `en.md` of a homestay: the English words. */
export const homestayTranslationSchema = z.strictObject({
  ...translationCommon,
  /** The address in English words. */
  address: text.optional(),
  /** Check-in time in English. @example "from 2 pm" */
  checkIn: text.optional(),
  /** Check-out time in English. @example "by noon" */
  checkOut: text.optional(),
});

export type HomestayData = z.infer<typeof homestaySchema>;
export type Host = z.infer<typeof hostSchema>;
