/**
 * `node scripts/output-profile.ts`: rewrites the print room's output-intent profile
 * (`src/lib/print/assets/chemical-proof.icc`) from the public-domain CMYK profile inside sharp.
 * Run it only when `tests/unit/print/icc.test.ts` says sharp's profile changed; the build never does.
 */
import { writeFileSync } from 'node:fs';
import { compactOutputProfile, sharpCmykProfile } from '../src/lib/print/render/icc.ts';
import { OUTPUT_CONDITION } from '../src/lib/print/render/pdf-x.ts';

const file = new URL(`../src/lib/print/render/${OUTPUT_CONDITION.profile}`, import.meta.url);
const bytes = compactOutputProfile(await sharpCmykProfile());
writeFileSync(file, bytes);
console.log(`${file.pathname}: ${bytes.length} bytes`);
