/**
 * `content/site.yaml`: the site's names and address, its communes and wards, and how its plaques and
 * posters are printed. A user interface like the entry schema: every field is documented.
 */
import { z } from 'zod';
import { text } from './schema.ts';

/** A text in both languages. @example { vi: "Xã Thanh Hà", en: "Thanh Ha Commune" } */
const bilingual = z.strictObject({
  /** In Vietnamese. */
  vi: text,
  /** In English. */
  en: text,
});
/** Paper sizes a plaque may name; any other size is given as `{ width, height }` in mm. */
export const plaqueSizes = ['A6', 'A5', 'A4'] as const;
/** A paper size of its own, in millimetres; `meta` words the message when a size is wrong. */
const paperMm = z
  .strictObject({
    /** Width in mm. */
    width: z.number().positive(),
    /** Height in mm. */
    height: z.number().positive(),
  })
  .meta({ unit: 'mm', examples: [{ width: 100, height: 150 }] });

/** `content/site.yaml`. */
export const siteSchema = z.strictObject({
  /** The site's name, in the header and on every print file. */
  name: bilingual,
  /** One line under the name on the home page. */
  tagline: bilingual.optional(),
  /** Where the site is published, with its sub-path if any. @example https://example.github.io/lang-so/ */
  baseUrl: z.url().transform((u) => (u.endsWith('/') ? u : `${u}/`)),
  /** The province or city, for addresses and structured data. */
  province: bilingual,
  /** The communes and wards the site covers; entries name theirs by `id`. */
  areas: z
    .array(
      z.strictObject({
        /** Lower-case letters, digits and hyphens, used in URLs and file names. @example thanh-ha */
        id: z.string().regex(/^[a-z0-9-]+$/, { error: 'areaId' }),
        /** Its name in both languages. */
        name: bilingual,
        /** Hamlets and neighbourhoods in it, for people reading the file. */
        hamlets: z.array(z.string()).default([]),
      }),
    )
    .min(1),
  /**
   * A privacy-friendly visit counter without cookies (e.g. GoatCounter), its count address: QR code
   * pages then count each visit, scans apart from typed addresses. Without it the site contacts no
   * one but itself. @example https://langso.goatcounter.com/count
   */
  counter: z.url().optional(),
  /** How plaques and posters are printed. */
  plaque: z
    .strictObject({
      /** Paper: `A6`, `A5` (default), `A4`, or `{ width, height }` in mm. */
      size: z.union([z.enum(plaqueSizes), paperMm]).default('A5'),
      /** `portrait` (default) stacks the plaque; `landscape` puts the code beside the text, larger. */
      orientation: z.enum(['portrait', 'landscape']).default('portrait'),
      /** Adds 3 mm of bleed and crop marks around each plaque, for print shops that trim. */
      bleed: z.boolean().default(false),
      /** Metres from which a reader is expected to scan the plaque. */
      scanDistance: z.number().positive().default(1),
      /** QR error correction; `H` (default) survives dirt and scratches on a third of the code. */
      errorCorrection: z.enum(['L', 'M', 'Q', 'H']).default('H'),
      /**
       * A second, smaller code on relic plaques holding the names and the plaque text as plain text,
       * which a phone shows without any network; `false` leaves it off (more room for the words).
       */
      textQr: z.boolean().default(true),
      /** Paper of team and heritage-trail posters. */
      poster: z.enum(['A4', 'A3']).default('A4'),
    })
    .prefault({}),
  /** The open data files (`data/`): under which licence others may reuse them. */
  openData: z
    .strictObject({
      /** The licence's SPDX id: `CC-BY-4.0` (default), `CC-BY-SA-4.0`, `CC0-1.0`, `ODbL-1.0`, or another with `licenceUrl`. */
      licence: z.string().trim().min(1).default('CC-BY-4.0'),
      /** The page that states the licence, when it is not one of the four above. @example https://example.vn/giay-phep */
      licenceUrl: z.url().optional(),
    })
    .prefault({}),
});

export type Site = z.infer<typeof siteSchema>;
