import { outDir, runBuild, SITES } from './sites.ts';

/** Builds every test site once (in sequence: two cores), unless only unit tests run. */
export default async function setup(): Promise<void> {
  if (process.env['LANGSO_SKIP_BUILD']) return;
  for (const [name, content] of Object.entries(SITES)) {
    const { code, output } = await runBuild(content, outDir(name));
    if (code !== 0) throw new Error(`Building the ${name} test site failed:\n${output}`);
  }
}
