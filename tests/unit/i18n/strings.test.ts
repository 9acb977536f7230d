import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import vi from '../../../src/i18n/vi.json' with { type: 'json' };
import { useT } from '../../../src/i18n/index.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** Every `t('literal.key')` in the source: keys built from variables are checked by their own tests. */
function literalKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|astro)$/.test(e.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/\bt\('([a-z][\w.-]*)'/g)) keys.add(m[1]!);
      }
    }
  };
  walk(join(ROOT, 'src'));
  return keys;
}

describe('UI strings', () => {
  it('has the same keys in Vietnamese and English', () => {
    const missingEn = Object.keys(vi).filter((k) => !(k in en));
    const missingVi = Object.keys(en).filter((k) => !(k in vi));
    expect({ missingEn, missingVi }).toEqual({ missingEn: [], missingVi: [] });
  });

  it('has no empty string', () => {
    const empty = [...Object.entries(vi), ...Object.entries(en)].filter(([, v]) => !String(v).trim());
    expect(empty).toEqual([]);
  });

  it('defines every key the source code asks for', () => {
    const keys = [...literalKeys()];
    expect(keys.length).toBeGreaterThan(20);
    const plural = (k: string) => `${k}_one` in vi || `${k}_other` in vi;
    expect(keys.filter((k) => !(k in vi) && !plural(k))).toEqual([]);
  });

  it('translates with interpolation and plurals in each language', () => {
    expect(useT('vi')('entry.ocopStars', { count: 4 })).toBe('OCOP 4 sao');
    expect(useT('en')('list.count', { count: 1 })).toBe('1 entry');
    expect(useT('en')('list.count', { count: 3 })).toBe('3 entries');
  });
});
