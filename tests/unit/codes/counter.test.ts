/**
 * The optional visit counter of code pages: a scan (the upper-case address only a QR code holds)
 * is counted apart from a typed visit, and without a counter the page names no other site.
 */
import { describe, expect, it } from 'vitest';
import { counterScript, landingPage } from '../../../src/lib/codes/pages.ts';

const COUNTER = 'https://lang.goatcounter.com/count';
const TO = { vi: '/di-tich/a/', en: '/en/relics/a/' };

/** The address the counter script sends a visit to, run on a page at `path`. */
function counted(path: string, beacon = true): string | undefined {
  let sent: string | undefined;
  const body = counterScript(COUNTER).replace(/<\/?script>/g, '');
  const navigator = beacon ? { sendBeacon: (u: string) => void (sent = u) } : {};
  const Image = function (this: { src?: string }) {
    Object.defineProperty(this, 'src', { set: (u: string) => void (sent = u) });
  };
  new Function('location', 'navigator', 'Image', body)({ pathname: path }, navigator, Image);
  return sent;
}

describe('visit counter', () => {
  it('tells a scan from a typed address', () => {
    expect(counted('/Q/DT01/')).toBe(`${COUNTER}?p=%2Fq%2Fdt01%2Fscan`);
    expect(counted('/q/dt01/')).toBe(`${COUNTER}?p=%2Fq%2Fdt01%2Ftyped`);
    expect(counted('/lang/q/dt01/', false)).toBe(`${COUNTER}?p=%2Flang%2Fq%2Fdt01%2Ftyped`);
  });

  it('is on the landing page only when the site names a counter, and then still under 3 KB', () => {
    const page = landingPage({ title: { vi: 'Đền', en: 'Temple' } }, TO, COUNTER);
    expect(page).toContain(COUNTER);
    expect(Buffer.byteLength(page)).toBeLessThan(3072);
    expect(landingPage({ title: { vi: 'Đền', en: 'Temple' } }, TO)).not.toMatch(/https?:/);
  });
});
