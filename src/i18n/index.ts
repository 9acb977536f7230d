/**
 * One i18next instance for the whole project: pages, plaques, posters and volunteer messages.
 * Strings live in flat dotted keys in `vi.json` and `en.json`.
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';
export const resources = { vi, en } as const;

const i18n = i18next.createInstance();
await i18n.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: DEFAULT_LANG,
  fallbackLng: DEFAULT_LANG,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A translate function fixed to one language. */
export function useT(lang: Lang): TFunction {
  return i18n.getFixedT(lang);
}

/** The other language of the pair. */
export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

/** The language volunteers' terminal messages use: English when `LANG` starts with `en`, else Vietnamese. */
export function consoleLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return /^en/i.test(env['LANGSO_LANG'] || env['LC_ALL'] || env['LANG'] || '') ? 'en' : 'vi';
}
