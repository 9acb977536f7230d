/**
 * `npm run new -- <relic|product|team|homestay|guide> "<Vietnamese title>"`: creates content/<kind>s/<slug>/
 * with vi.md and en.md from the templates, each field explained in comments, and a fresh code.
 * Never overwrites: an existing entry is refused with a message.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { consoleLang, useT } from '../src/i18n/index.ts';
import { contentDir } from '../src/lib/content/files/location.ts';
import { NewEntryError, prepareEntry } from '../src/lib/content/files/new-entry.ts';

const t = useT(consoleLang());
const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ');
if (!kind || !title.trim()) {
  console.error(t('new.usage'));
  process.exit(1);
}

const root = process.cwd();
const templates = resolve(import.meta.dirname, '../templates');
try {
  const entry = prepareEntry(root, contentDir(), kind, title, templates);
  mkdirSync(join(root, entry.dir), { recursive: true });
  // 'wx': fail rather than overwrite, even if the folder appeared since the check.
  for (const [name, text] of Object.entries(entry.files)) writeFileSync(join(root, entry.dir, name), text, { flag: 'wx' });
  console.log(`${t('new.created', { title: title.trim(), code: entry.code })}\n  ${entry.dir}/vi.md\n  ${entry.dir}/en.md\n`);
  if (entry.areaGuessed) console.log(`${t('new.noSite', { file: `${contentDir()}/site.yaml`, area: 'xa-moi' })}\n`);
  console.log(t('new.next', { vi: `${entry.dir}/vi.md`, en: `${entry.dir}/en.md`, dir: entry.dir }));
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  const fix =
    error.key === 'exists'
      ? `\n  ${t('problem.fixLabel')}: ${t('new.exists.fix')}`
      : error.key === 'badKind'
        ? `\n\n${t('new.usage')}`
        : '';
  console.error(`${t('problem.error')}: ${t(`new.${error.key}`, error.values)}${fix}`);
  process.exit(1);
}
