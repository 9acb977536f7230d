/**
 * `npm run build`: checks the content once, then builds the whole site (pages, plaques, search
 * index) into a staging folder and only swaps it in for `dist/` when everything succeeded — a
 * failed build leaves the last good site in place. Content problems are printed as the
 * volunteers' messages, never a bare stack.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'astro';
import { consoleLang, useT } from '../src/i18n/index.ts';
import { freezeContent, sharedCheck } from '../src/lib/check/check-site.ts';
import { saveRegistry } from '../src/lib/codes/registry-file.ts';
import { ContentError } from '../src/lib/content/content-error.ts';
import { contentDir } from '../src/lib/content/files/location.ts';
import { hasErrors } from '../src/lib/content/problems.ts';
import { hostReport, measureOutput } from '../src/lib/web/host-fit.ts';

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const root = process.cwd();
const out = resolve(process.env['LANGSO_OUT_DIR'] ?? 'dist');
const staging = `${out}.new`;
const old = `${out}.old`;
const vi = consoleLang() === 'vi';

/** Says the build failed and that the last good site is untouched, then exits. */
function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}\n`);
  const kept = existsSync(out);
  console.error(
    vi
      ? `Chưa dựng được trang. ${kept ? `Trang cũ trong ${out} vẫn giữ nguyên.` : ''} Sửa các lỗi trên rồi chạy lại: npm run build`
      : `The site was not built. ${kept ? `The previous site in ${out} is unchanged.` : ''} Fix the errors above and run again: npm run build`,
  );
  process.exit(1);
}

// One pass over the content: the loaders and the integration reuse it from the same process.
const checked = sharedCheck(root);
if (hasErrors(checked.problems)) fail(new ContentError(checked.problems).message);
freezeContent();

rmSync(staging, { recursive: true, force: true });
// The site before last is deleted while this one builds (tens of thousands of files take seconds to
// delete); the last one stays as `dist.old` until the next build, a copy to go back to.
const clearing = rm(old, { recursive: true, force: true, maxRetries: 3 }).catch(() => rmSync(old, { recursive: true, force: true }));
try {
  // A cache per output folder, so test sites (or two builds at once) never share Astro's content store.
  const cacheDir = process.env['LANGSO_OUT_DIR'] ? `${out}.cache` : undefined;
  const logLevel = process.env['LANGSO_LOG'] === 'debug' ? 'debug' : 'info';
  await build({ outDir: staging, ...(cacheDir ? { cacheDir } : {}), logLevel });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
await clearing;
if (existsSync(out)) renameSync(out, old);
renameSync(staging, out);
// Only a good build records new codes and renames in content/codes.yaml: from now on they are issued.
if (saveRegistry(root, contentDir(), checked.registry))
  console.log(
    vi
      ? `Đã ghi mã mới vào ${contentDir()}/codes.yaml (nhớ commit tệp này)`
      : `Recorded new codes in ${contentDir()}/codes.yaml (commit this file)`,
  );
console.log(vi ? `Đã dựng xong trang vào ${out}` : `Site built into ${out}`);
// Whether it fits the free hosts, before an upload fails on a file count nobody told the volunteer about.
for (const line of hostReport(measureOutput(out), consoleLang(), useT(consoleLang()))) console.log(line);
