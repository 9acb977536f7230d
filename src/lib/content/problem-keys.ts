/**
 * The stable names of every problem a volunteer can meet. Each name is printed with the problem
 * (`LỖI [unknownField]: …`) so it can be searched for and quoted to a helper, and it is the key of
 * its two messages in `src/i18n/*.json`: `problem.<name>` (what is wrong) and `problem.<name>.fix`.
 */
import type { resources } from '../../i18n/index.ts';

type Messages = keyof typeof resources.vi & keyof typeof resources.en;
/** Names that have both their message and their fix in both languages. */
type Documented<M = Messages> = M extends `problem.${infer K}.fix` ? (`problem.${K}` extends Messages ? K : never) : never;

/** Every problem name; a name missing a message or a fix in either language does not compile. */
export const PROBLEM_KEYS = [
  // Files and folders (files/read-content.ts, files/site-file.ts).
  'missingSite',
  'missingVi',
  'mdxNotAllowed',
  'missingEn',
  'folderName',
  'twoLayouts',
  // YAML that cannot be read (yaml-errors.ts).
  'noFrontmatter',
  'yaml',
  'unclosedQuote',
  'unclosedBracket',
  'yamlColon',
  'yamlNoColon',
  'yamlTab',
  'yamlIndent',
  'yamlDuplicate',
  // Fields checked by the schemas (error-map.ts).
  'unknownField',
  'unknownFieldSuggest',
  'decimalComma',
  'missing',
  'empty',
  'notText',
  'notNumber',
  'notWholeNumber',
  'notTrueFalse',
  'notList',
  'notGroup',
  'wrongType',
  'notInList',
  'notInListOrFields',
  'tooFew',
  'tooSmall',
  'tooBig',
  'badUrl',
  'badDate',
  'badFormat',
  'invalid',
  // Named by the schemas themselves (schema.ts: `{ error: 'phone' }`).
  'phone',
  'lat',
  'lng',
  'latLngSwapped',
  'code',
  'areaId',
  // Festival dates (festival-schema.ts, calendar/festivals.ts).
  'festivalDate',
  'festivalDay',
  'festivalMonth',
  'festivalRange',
  'festivalWhen',
  'enFestivalUnknown',
  // Photos (files/photo-checks.ts).
  'imageMissing',
  'imageHeic',
  'imageFormat',
  'imageLarge',
  'enImageUnknown',
  'missingAlt',
  'bodyImageAlt',
  'bodyImageRemote',
  // Across entries and in the words (checks.ts, text-checks.ts, check/printable.ts).
  'duplicateSlug',
  'duplicateCode',
  'unknownArea',
  'unsafeHtml',
  'rawHtml',
  'summaryLong',
  'unprintable',
  // Words a plaque cannot hold on the site's paper (check/plaque-fit.ts).
  'plaqueTextCut',
  'placeholder',
  'placeholderBody',
  // Homestays and guides (schema-homestay.ts, kind-checks.ts).
  'priceVnd',
  'unknownTeam',
  'guideNoTeam',
  'guideStale',
  'hostPhoneHidden',
  // The registry of issued codes (codes/registry.ts).
  'codeMissing',
  'codeRetiredReused',
  'codeRegistry',
  // Inscriptions and narrations (files/media-checks.ts, check/han-nom.ts, the build's audio step).
  'inscriptionPhoto',
  'inscriptionEnExtra',
  'inscriptionLines',
  'inscriptionChars',
  'hanNomFontMissing',
  'narrationMissing',
  'narrationFormat',
  'transcriptMissing',
  'ffmpegMissing',
] as const satisfies readonly Documented[];

/** The stable name of a problem, e.g. `unknownField`. */
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

/** Messages under `problem.` that are words of the report itself, not problems. */
export const PROBLEM_LABELS = ['error', 'warning', 'line', 'field', 'fixLabel', 'more'] as const;

/** Whether a string (e.g. a zod issue's message) is a problem name. */
export const isProblemKey = (word: string): word is ProblemKey => (PROBLEM_KEYS as readonly string[]).includes(word);
