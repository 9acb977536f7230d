/**
 * `npm run bench -- --scale 200,2000[,20000] [--anchor]`: how the build scales. For each N it copies
 * the project into a temporary folder, adds N generated bilingual relics (`../shared/bench/gen-site.mjs`,
 * the corpus every comparison uses), and prints the cold build, a rebuild with nothing changed and a
 * rebuild after editing one entry: seconds, peak memory, output files and bytes. With `--anchor` it
 * also builds plain Astro + Pagefind on the same N pages (`../shared/bench/setup-anchors.sh`) in
 * the same sitting, and prints the ratios the design budgets name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/bench');
const COPY = ['src', 'scripts', 'content', 'templates', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** One timed build: wall seconds and the peak resident memory of the build process (MB). */
interface Run {
  seconds: number;
  rssMb: number;
}

/** Runs a command, timing it; the peak RSS comes from GNU time's `%M` when installed, else from the build's own report. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const started = performance.now();
  const time = existsSync('/usr/bin/time');
  const r = spawnSync(time ? '/usr/bin/time' : cmd, time ? ['-f', 'MAXRSS %M', cmd, ...args] : args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${(r.stdout + r.stderr).slice(-3000)}`);
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? /peak memory: (\d+) KB/.exec(r.stdout + r.stderr)?.[1] ?? 0);
  return { seconds, rssMb: kb / 1024 };
}

/** Files and bytes under a folder. */
function sizeOf(dir: string): { files: number; mb: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true }).map(String)) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) [files, bytes] = [files + 1, bytes + stat.size];
  }
  return { files, mb: bytes / 1024 / 1024 };
}

/** A copy of the project with N generated relics, sharing this checkout's node_modules. */
function scratchSite(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `langso-scale-${n}-`));
  for (const name of COPY) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  rmSync(join(dir, 'content/codes.yaml'), { force: true });
  execFileSync(process.execPath, [join(SHARED, 'gen-site.mjs'), String(n), dir, '0', String(Math.max(1, Math.round(n / 20)))], {
    stdio: 'ignore',
  });
  return dir;
}

/** Cold build, no-change rebuild and one-edit rebuild of Làng Số at N entries. */
function benchLangSo(n: number): { cold: Run; same: Run; edit: Run; out: { files: number; mb: number } } {
  const dir = scratchSite(n);
  const build = (): Run =>
    timed(process.execPath, ['scripts/build.ts'], dir, { LANGSO_OUT_DIR: join(dir, 'dist'), LANGSO_REPORT_MEMORY: '1' });
  try {
    const cold = build();
    const same = build();
    const vi = join(dir, 'content/relics/relic-00001/vi.md');
    writeFileSync(vi, readFileSync(vi, 'utf8').replace(/^title: "(.*)"$/m, 'title: "$1 (đã sửa)"'));
    const edit = build();
    return { cold, same, edit, out: sizeOf(join(dir, 'dist')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Plain Astro 7 + Pagefind on the same N pages: a cold build (Astro, then Pagefind over its output). */
function benchAnchor(n: number, perf: string): Run {
  const dir = join(perf, 'astro');
  rmSync(join(dir, 'src/content/relics'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  execFileSync(process.execPath, [join(SHARED, 'gen-anchor.mjs'), String(n), 'astro', dir], { stdio: 'ignore' });
  const bin = join(dir, 'node_modules/.bin');
  const astro = timed(join(bin, 'astro'), ['build'], dir, { PATH: `${bin}:${process.env['PATH']}` });
  const pagefind = timed(join(bin, 'pagefind'), ['--site', 'dist'], dir);
  return { seconds: astro.seconds + pagefind.seconds, rssMb: Math.max(astro.rssMb, pagefind.rssMb) };
}

const fmt = (r: Run): string =>
  `${r.seconds.toFixed(1).padStart(7)} s ${r.rssMb ? `${Math.round(r.rssMb).toString().padStart(5)} MB` : ''}`;

/** Runs the scale benchmark for each N and prints one block of figures per N. */
export function benchScale(sizes: number[], anchor: boolean): void {
  if (!existsSync(join(SHARED, 'gen-site.mjs'))) return void console.log(`Scale: skipped (no corpus generator at ${SHARED})`);
  let perf: string | undefined;
  if (anchor) {
    perf = mkdtempSync(join(tmpdir(), 'langso-anchor-'));
    mkdirSync(perf, { recursive: true });
    execFileSync('bash', [join(SHARED, 'setup-anchors.sh')], { env: { ...process.env, PERF_DIR: perf }, stdio: 'ignore' });
  }
  for (const n of sizes) {
    const r = benchLangSo(n);
    console.log(`Scale N = ${n} generated relics + the sample (${2 * n} pages)`);
    console.log(`  cold build            ${fmt(r.cold)}`);
    console.log(`  no-change rebuild     ${fmt(r.same)}`);
    console.log(`  one-entry edit        ${fmt(r.edit)}`);
    console.log(`  output                ${r.out.files} files, ${r.out.mb.toFixed(0)} MB`);
    if (!perf) continue;
    const a = benchAnchor(n, perf);
    const ratio = (x: Run): string => `${(x.seconds / a.seconds).toFixed(2)}×`;
    console.log(`  plain Astro + Pagefind ${fmt(a)}`);
    console.log(`  ratios: cold ${ratio(r.cold)} (≤ 12×), no change ${ratio(r.same)} (≤ 1.3×), one edit ${ratio(r.edit)} (≤ 1.5×)`);
  }
}
