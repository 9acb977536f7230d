/**
 * `npm run check [content folder]`: validates all content in a few seconds, without building the
 * site. Errors exit with status 1; warnings (missing English, alt text, large photos…) do not.
 */
import { consoleLang } from '../src/i18n/index.ts';
import { checkReport } from '../src/lib/check/report.ts';
import { contentDir } from '../src/lib/content/files/location.ts';

const started = performance.now();
const dir = process.argv[2] ?? contentDir();
const { text, errors } = checkReport(process.cwd(), dir, consoleLang());
console.log(text);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(errors ? 1 : 0);
